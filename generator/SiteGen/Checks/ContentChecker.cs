using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Checks.Readability;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Markdown.Contacts;
using SiteGen.Site;
using SiteGen.Text;

namespace SiteGen.Checks;

/// <summary>
/// The checks that keep content right for its readers: reading level for the audience, wording
/// that blames children, review dates, and help at the end of every young person's and
/// parent's page.
/// </summary>
public sealed class ContentChecker
{
    /// <summary>Pages shorter than this are not scored: a few words give a meaningless reading level.</summary>
    public const int MinimumWordsToScore = 60;

    private readonly SiteConfig _config;
    private readonly DateOnly _today;
    private readonly DiagnosticBag _diagnostics;
    private readonly IReadOnlyList<(SafeLanguageRule Rule, PhraseFinder Phrase)> _rules;

    // Every rule's phrase at once: most text has none of them, and one pass finds that, where a
    // pass per rule took half the check stage.
    private readonly PhraseFinder _anyRule;

    /// <summary>Creates the checker for a site.</summary>
    public ContentChecker(SiteConfig config, DateOnly today, DiagnosticBag diagnostics)
        : this(config, today, diagnostics, [.. config.SafeLanguage.Select(r => (r, Phrases([r.Phrase])))], Phrases(config.SafeLanguage.Select(r => r.Phrase)))
    {
    }

    private ContentChecker(SiteConfig config, DateOnly today, DiagnosticBag diagnostics, IReadOnlyList<(SafeLanguageRule Rule, PhraseFinder Phrase)> rules, PhraseFinder anyRule)
    {
        _config = config;
        _today = today;
        _diagnostics = diagnostics;
        _rules = rules;
        _anyRule = anyRule;
    }

    /// <summary>The same checker reporting into <paramref name="diagnostics"/>: its phrases are prepared once.</summary>
    public ContentChecker ReportingTo(DiagnosticBag diagnostics) => new(_config, _today, diagnostics, _rules, _anyRule);

    // A phrase as a whole word or words, any white space between them, in any case.
    private static PhraseFinder Phrases(IEnumerable<string> phrases) => new(phrases, PhraseSpacing.AnyWhiteSpace);

    /// <summary>Checks every page of the site.</summary>
    public void Check(SiteModel site)
    {
        // Each page is checked on its own (reading level is the costly part), in parallel; what
        // each finds is reported in page order, so a run's messages come out the same every time.
        var found = site.Pages.AsParallel().AsOrdered().Select(page =>
        {
            var pageDiagnostics = new DiagnosticBag();
            ReportingTo(pageDiagnostics).CheckPage(page);
            return pageDiagnostics.Items;
        }).ToList();
        foreach (var diagnostic in found.SelectMany(d => d))
        {
            _diagnostics.Add(diagnostic);
        }

        CheckTranslations(site);
    }

    /// <summary>Checks every translation of the site (<see cref="CheckTranslation"/>).</summary>
    public void CheckTranslations(SiteModel site)
    {
        foreach (var translation in site.Translations)
        {
            CheckTranslation(translation);
        }
    }

    /// <summary>
    /// Checks that a translation is of the page as it is now, and says when a native speaker has
    /// still to check it. The reading level and safe-language checks are English and not run on it.
    /// </summary>
    public void CheckTranslation(Page translation)
    {
        var (language, original, frontMatter) = translation.Translation!;
        var fingerprint = PageFingerprint.Of(original);
        if (frontMatter.TranslatedFrom is null)
        {
            _diagnostics.Warning(DiagnosticCodes.TranslationStale, new SourceLocation(translation.Source.DisplayPath, 1, 1),
                $"The {language} translation does not say which version of {original.Source.DisplayPath} it translates, so a change to that page cannot be caught.",
                $"Once it matches the page as it is now, add 'translated_from: {fingerprint}' to its front matter.");
        }
        else if (frontMatter.TranslatedFrom != fingerprint)
        {
            _diagnostics.Warning(DiagnosticCodes.TranslationStale, frontMatter.LocationOf(nameof(TranslationFrontMatter.TranslatedFrom)),
                $"{original.Source.DisplayPath} has changed since this {language} translation was made: readers in {language} may be missing what the page says now.",
                $"Bring the translation up to date with the page (git diff shows what changed), then set 'translated_from: {fingerprint}'.");
        }

        if (frontMatter.NativeReview == TranslationFrontMatter.Pending)
        {
            _diagnostics.Warning(DiagnosticCodes.TranslationUnreviewed, frontMatter.LocationOf(nameof(TranslationFrontMatter.NativeReview)),
                $"This {language} translation has not been checked by a native speaker yet.",
                "Have someone whose first language it is read it against the page, then set 'native_review: done'.");
        }
    }

    /// <summary>Checks one page.</summary>
    public void CheckPage(Page page)
    {
        CheckReadingLevel(page);
        CheckEasyReadSentences(page);
        CheckLanguage(page);
        CheckReviewDates(page);
        CheckSignposting(page);
    }

    /// <summary>The reading level of a page, and the limit it is held to (null when none applies).</summary>
    public (ReadingLevel Level, (double Grade, string For)? Limit) Measure(Page page) =>
        (ReadingLevel.Of(ProseExtractor.Units(page, _config.Contacts)), LimitFor(page));

    private void CheckReadingLevel(Page page)
    {
        if (LimitFor(page) is not { } max)
        {
            return; // a page none of whose readers has a limit in site.yaml is not measured at all
        }

        var level = ReadingLevel.Of(ProseExtractor.Units(page, _config.Contacts));
        if (level.Words < MinimumWordsToScore || level.Grade <= max.Grade)
        {
            return;
        }

        var hardest = ProseExtractor.Units(page, _config.Contacts)
            .SelectMany(u => ReadingLevel.SplitSentences(u.Text).Select(s => (Sentence: s, Unit: u)))
            .MaxBy(s => ReadingLevel.Of([new ProseUnit(s.Sentence, 0, 0)]).Grade);
        var quote = hardest.Sentence.Length > 80 ? hardest.Sentence[..77] + "..." : hardest.Sentence;
        _diagnostics.Warning(DiagnosticCodes.ReadingLevel, new SourceLocation(page.Source.DisplayPath, hardest.Unit.Line, hardest.Unit.Column),
            string.Create(CultureInfo.InvariantCulture, $"The page reads at Flesch-Kincaid grade {level.Grade:0.0} (reading ease {level.Ease:0}), harder than grade {max.Grade:0.#} for {max.For}."),
            $"Use shorter sentences and everyday words. The hardest sentence starts here: \"{quote}\"");
    }

    // One idea at a time: on an easy-read page each long sentence is said, not only the page's grade.
    private void CheckEasyReadSentences(Page page)
    {
        if (!page.IsEasyRead)
        {
            return;
        }

        var most = _config.EasyRead.MaxSentenceWords;
        foreach (var unit in ProseExtractor.Units(page, _config.Contacts))
        {
            foreach (var sentence in ReadingLevel.SplitSentences(unit.Text))
            {
                var words = ReadingLevel.Measure(sentence).Words;
                if (words > most)
                {
                    var quote = sentence.Length > 80 ? sentence[..77] + "..." : sentence;
                    _diagnostics.Warning(DiagnosticCodes.ReadingLevel, new SourceLocation(page.Source.DisplayPath, unit.Line, unit.Column),
                        $"A sentence of {words} words on an easy-read page, which keeps to {most}: \"{quote}\"",
                        "Split it into short sentences, one idea each, each on its own line.");
                }
            }
        }
    }

    private (double Grade, string For)? LimitFor(Page page)
    {
        var limits = new List<(double Grade, string For)>();
        foreach (var audience in _config.Audiences.Where(a => page.FrontMatter.Audience.Contains(a.Id)))
        {
            var bands = audience.ByAgeBand ? _config.AgeBands.Where(b => page.FrontMatter.AgeBand.Contains(b.Id) && b.MaxReadingGrade is not null).ToList() : [];
            if (bands.Count > 0)
            {
                limits.AddRange(bands.Select(b => (b.MaxReadingGrade!.Value, $"young people aged {b.Label}")));
            }
            else if (audience.MaxReadingGrade is { } grade)
            {
                limits.Add((grade, audience.Title.Replace("For ", "", StringComparison.Ordinal).ToLowerInvariant()));
            }
        }

        if (page.IsEasyRead)
        {
            limits.Add((_config.EasyRead.MaxReadingGrade, "an easy-read page"));
        }

        // A page for several readers must suit the one who finds reading hardest.
        return limits.Count == 0 ? null : limits.MinBy(l => l.Grade);
    }

    private void CheckLanguage(Page page)
    {
        var allowed = page.FrontMatter.AllowPhrases.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var front = page.FrontMatter;
        IEnumerable<ProseUnit> texts =
        [
            new(front.Title, front.LocationOf(nameof(FrontMatter.Title)).Line, front.LocationOf(nameof(FrontMatter.Title)).Column),
            new(front.Summary, front.LocationOf(nameof(FrontMatter.Summary)).Line, front.LocationOf(nameof(FrontMatter.Summary)).Column),
            .. ProseExtractor.Spans(page, _anyRule.MayBeIn), // most text holds no phrase's first word, and is not copied out
        ];
        var rules = _rules.Where(r => !allowed.Contains(r.Rule.Phrase)).ToList();
        foreach (var text in texts.Where(t => _anyRule.IsIn(t.Text)))
        {
            foreach (var (rule, phrase) in rules)
            {
                foreach (var match in phrase.FindAll(text.Text))
                {
                    var column = text.Text.LastIndexOf('\n', match.Index) < 0 ? text.Column + match.Index : 0;
                    _diagnostics.Error(DiagnosticCodes.UnsafeLanguage, new SourceLocation(page.Source.DisplayPath, text.Line, column),
                        $"'{text.Text.Substring(match.Index, match.Length)}' blames a child for their abuse or is out of date.",
                        $"Say instead: {rule.Instead}. If the page teaches why the words are wrong, list the phrase under allow_phrases in its front matter.");
                }
            }
        }
    }

    private void CheckReviewDates(Page page)
    {
        var front = page.FrontMatter;
        if (front.Reviewed is null || front.ReviewDue is null)
        {
            var missing = front.Reviewed is null && front.ReviewDue is null ? "'reviewed' and 'review_due' dates" : front.Reviewed is null ? "'reviewed' date" : "'review_due' date";
            _diagnostics.Error(DiagnosticCodes.ReviewDatesMissing, front.Location, $"The page has no {missing}.",
                "Add reviewed: and review_due: (YYYY-MM-DD): every page is checked against its sources on a schedule.");
        }
        else if (front.ReviewDue < _today)
        {
            _diagnostics.Warning(DiagnosticCodes.ReviewOverdue, front.LocationOf(nameof(FrontMatter.ReviewDue)),
                $"The page was due for review on {front.ReviewDue:yyyy-MM-dd}.",
                "Check it against its sources, then update reviewed and review_due.");
        }
    }

    private void CheckSignposting(Page page)
    {
        var forYoungPeopleOrParents = page.FrontMatter.Audience.Any(a => a is "young-people" or "parents");
        if (!forYoungPeopleOrParents || page.FrontMatter.Layout == "glossary")
        {
            return;
        }

        // The page's last section: everything after its last level-two heading.
        var blocks = page.Document.Descendants<Block>().ToList();
        var lastHeading = blocks.FindLastIndex(b => b is HeadingBlock { Level: 2 });
        var last = lastHeading < 0 ? blocks : blocks.Skip(lastHeading).ToList();
        var inlines = last.OfType<LeafBlock>().Where(b => b.Inline is not null).SelectMany(b => b.Inline!.Descendants<Inline>()).ToList();
        var headingAboutHelp = lastHeading >= 0 && Markdown.Text.PlainText.Of((HeadingBlock)blocks[lastHeading]).Contains("help", StringComparison.OrdinalIgnoreCase);
        if (inlines.Any(i => i is ContactPlaceholder) || (headingAboutHelp && inlines.Any(i => i is LinkInline)))
        {
            return;
        }

        _diagnostics.Warning(DiagnosticCodes.NoSignposting, new SourceLocation(page.Source.DisplayPath),
            "This page is for young people or parents but does not end by saying where to get help.",
            "End it with a section such as '## Where to get help' that names contacts, for example {{contact:childline}} and {{contact:front_door}}.");
    }
}
