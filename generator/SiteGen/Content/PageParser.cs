using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Markdown.Pictures;
using SiteGen.Quizzes;

namespace SiteGen.Content;

/// <summary>The parse stage for one file: front matter and body into a <see cref="Page"/>, with every problem reported.</summary>
public sealed partial class PageParser
{
    private readonly SiteConfig _config;
    private readonly MarkdownPipeline _pipeline;
    private readonly IReadOnlySet<string> _layouts;
    private readonly DiagnosticBag _diagnostics;
    private readonly IReadOnlySet<string> _pictures;

    /// <summary>Creates a parser for one site.</summary>
    /// <param name="config">The site's settings (audiences, age bands, contacts).</param>
    /// <param name="pipeline">The site's Markdown pipeline.</param>
    /// <param name="layouts">The theme's layout names, to check <c>layout:</c>.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="pictures">The names of the theme's pictures, for easy-read picture rows.</param>
    public PageParser(SiteConfig config, MarkdownPipeline pipeline, IReadOnlySet<string> layouts, DiagnosticBag diagnostics, IReadOnlySet<string>? pictures = null)
    {
        _pictures = pictures ?? new HashSet<string>();
        _config = config;
        _pipeline = pipeline;
        _layouts = layouts;
        _diagnostics = diagnostics;
    }

    /// <summary>Parses a file; null when it cannot become a page.</summary>
    public Page? Parse(ContentFile file)
    {
        if (Read(file) is not { } text)
        {
            return null;
        }

        var (frontMatter, body) = FrontMatterReader.Read(file, text, _diagnostics);
        var document = Markdig.Markdown.Parse(body, _pipeline);
        PictureRows.Read(document, file, _pictures, _diagnostics);
        new BodyValidator(file, _config, _diagnostics).Validate(document);
        var quizzes = ReadQuizzes(file, document);
        if (frontMatter is null)
        {
            return null;
        }

        ValidateFrontMatter(file, frontMatter);
        var sitePath = SitePathOf(file, frontMatter);
        if (sitePath is null)
        {
            return null;
        }

        var page = new Page(file, frontMatter, document, sitePath, text);
        page.Quizzes.AddRange(quizzes);
        foreach (var block in document.Descendants())
        {
            if (block.TryGetAttributes()?.Id is { } id)
            {
                page.Anchors.Add(id);
            }
        }

        return page;
    }

    /// <summary>
    /// Parses again the body of a page whose tree was set aside (<see cref="Page.TreeSetAside"/>),
    /// as <see cref="Parse"/> made it; its problems were reported the first time.
    /// </summary>
    public void ParseAgain(Page page)
    {
        var document = Markdig.Markdown.Parse(FrontMatterReader.Body(page.SourceText), _pipeline);
        PictureRows.Read(document, page.Source, _pictures, new DiagnosticBag());
        page.TakeTreeBack(document);
    }

    /// <summary>
    /// Parses a translation of a page already parsed; null when it cannot be published. It is
    /// published under its language's folder at its page's address, and shares the page's front
    /// matter but for its own title and summary.
    /// </summary>
    /// <param name="translation">The file and its language.</param>
    /// <param name="pages">The site's pages, by their path under <c>content/</c>.</param>
    public Page? ParseTranslation(TranslationFile translation, IReadOnlyDictionary<string, Page> pages)
    {
        var file = translation.File;
        if (Read(file) is not { } text)
        {
            return null;
        }

        var (frontMatter, body) = FrontMatterReader.Read<TranslationFrontMatter>(file, text, _diagnostics);
        var document = Markdig.Markdown.Parse(body, _pipeline);
        PictureRows.Read(document, file, _pictures, _diagnostics);
        new BodyValidator(file, _config, _diagnostics).Validate(document);
        if (document.Descendants<FencedCodeBlock>().FirstOrDefault(QuizReader.IsQuiz) is { } quiz)
        {
            _diagnostics.Error(DiagnosticCodes.TranslationInvalid, new SourceLocation(file.DisplayPath, quiz.Line + 1, quiz.Column + 1),
                "A translation cannot hold a quiz yet: quizzes and their records are kept in the site's own language.", "Take the quiz out of the translation; its page links to the quiz in English.");
            return null;
        }

        if (frontMatter is null)
        {
            return null;
        }

        if (frontMatter.NativeReview is not (TranslationFrontMatter.Pending or TranslationFrontMatter.Done))
        {
            _diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, frontMatter.LocationOf(nameof(TranslationFrontMatter.NativeReview)),
                $"'native_review' is '{TranslationFrontMatter.Pending}' or '{TranslationFrontMatter.Done}', not '{frontMatter.NativeReview}'.",
                "Write pending until a native speaker has checked the translation against its page, then done.");
        }

        if (!pages.TryGetValue(translation.OriginalPath, out var original))
        {
            _diagnostics.Error(DiagnosticCodes.TranslationInvalid, new SourceLocation(file.DisplayPath),
                $"This is named as the {translation.Language} translation of content/{translation.OriginalPath}, which does not exist (or could not be read).",
                Suggestion.Closest(translation.OriginalPath, pages.Keys) is { } near ? $"Name it after its page: {near[..^".md".Length]}.{translation.Language.Code}.md translates {near}." : "Name a translation after its page, with the language code before .md: index.md and index.ur.md.");
            return null;
        }

        if (original.FrontMatter.Module is not null)
        {
            _diagnostics.Error(DiagnosticCodes.TranslationInvalid, new SourceLocation(file.DisplayPath),
                "Training modules are not translated yet: a module's pages, quiz and certificate are kept in the site's own language.", "Remove this translation.");
            return null;
        }

        var page = new Page(file, original.FrontMatter, document, translation.Language.Code + "/" + original.SitePath, text)
        {
            Translation = new PageTranslation(translation.Language, original, frontMatter),
        };
        foreach (var block in document.Descendants())
        {
            if (block.TryGetAttributes()?.Id is { } id)
            {
                page.Anchors.Add(id);
            }
        }

        return page;
    }

    /// <summary>The file's text; null, with the error said, when it cannot be read.</summary>
    private string? Read(ContentFile file)
    {
        try
        {
            return ContentText.Read(file.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Listed a moment ago, gone or locked now: an editor's tools save by deleting and writing.
            _diagnostics.Error(DiagnosticCodes.ContentUnreadable, new SourceLocation(file.DisplayPath), $"The file could not be read: {ex.Message}",
                "Save it again; if another program has it open, close that program.");
            return null;
        }
    }

    /// <summary>Replaces each valid <c>```quiz</c> fence with a quiz block, reporting the invalid ones.</summary>
    private List<QuizBlock> ReadQuizzes(ContentFile file, MarkdownDocument document)
    {
        var quizzes = new List<QuizBlock>();
        foreach (var fence in document.Descendants<FencedCodeBlock>().Where(QuizReader.IsQuiz).ToList())
        {
            var definition = QuizReader.Read(fence, file, _config.Training.PassMark, _diagnostics);
            if (definition is null)
            {
                continue;
            }

            var block = new QuizBlock(definition, definition.PassMark ?? _config.Training.PassMark) { Line = fence.Line, Column = fence.Column };
            block.GetAttributes().Id = $"quiz-{definition.Id}";
            var parent = fence.Parent!;
            parent[parent.IndexOf(fence)] = block;
            quizzes.Add(block);
        }

        return quizzes;
    }

    private void ValidateFrontMatter(ContentFile file, FrontMatter frontMatter)
    {
        var audiences = _config.Audiences.Select(a => a.Id).ToHashSet();
        for (var i = 0; i < frontMatter.Audience.Count; i++)
        {
            if (!audiences.Contains(frontMatter.Audience[i]))
            {
                _diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, frontMatter.LocationOf(nameof(FrontMatter.Audience), i),
                    $"Unknown audience '{frontMatter.Audience[i]}'.", $"Use one of: {string.Join(", ", audiences)}.");
            }
        }

        var bands = _config.AgeBands.Select(b => b.Id).ToHashSet();
        for (var i = 0; i < frontMatter.AgeBand.Count; i++)
        {
            if (!bands.Contains(frontMatter.AgeBand[i]))
            {
                _diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, frontMatter.LocationOf(nameof(FrontMatter.AgeBand), i),
                    $"Unknown age band '{frontMatter.AgeBand[i]}'.", $"Use one of: {string.Join(", ", bands)}.");
            }
        }

        if (frontMatter.Reviewed is { } reviewed && frontMatter.ReviewDue is { } due && due <= reviewed)
        {
            _diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, frontMatter.LocationOf(nameof(FrontMatter.ReviewDue)),
                $"'review_due' ({due:yyyy-MM-dd}) must come after 'reviewed' ({reviewed:yyyy-MM-dd}).");
        }

        if (frontMatter.Layout is { } layout && !_layouts.Contains(layout))
        {
            _diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, frontMatter.LocationOf(nameof(FrontMatter.Layout)),
                $"The theme has no layout '{layout}'.", $"Use one of: {string.Join(", ", _layouts.Order())}, or add themes/{_config.Theme}/layouts/{layout}.sbn-html.");
        }

        if (frontMatter.Sequence && !file.RelativePath.EndsWith("index.md", StringComparison.Ordinal))
        {
            _diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, frontMatter.LocationOf(nameof(FrontMatter.Sequence)),
                "'sequence' belongs on a section's index.md: it orders the pages of the section.");
        }
    }

    /// <summary>The page's address from its path and slug, or null when that would be unsafe.</summary>
    private string? SitePathOf(ContentFile file, FrontMatter frontMatter)
    {
        var segments = file.RelativePath[..^".md".Length].Split('/').ToList();
        if (segments[^1] == "index")
        {
            segments.RemoveAt(segments.Count - 1);
            if (frontMatter.Slug is not null)
            {
                _diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, frontMatter.LocationOf(nameof(FrontMatter.Slug)),
                    "An index.md takes its address from its folder, so it cannot have a slug.", "Rename the folder instead.");
            }
        }
        else if (frontMatter.Slug is { } slug)
        {
            if (slug.Contains("..", StringComparison.Ordinal) || slug.Contains('/', StringComparison.Ordinal) || slug.Contains('\\', StringComparison.Ordinal) || slug.Contains(':', StringComparison.Ordinal))
            {
                _diagnostics.Error(DiagnosticCodes.UnsafePath, frontMatter.LocationOf(nameof(FrontMatter.Slug)),
                    $"The slug '{slug}' would put the page outside its section, or outside the site.",
                    "A slug is one word or several joined by hyphens: letters, digits and hyphens only.");
                return null;
            }

            segments[^1] = slug;
        }

        var bad = segments.FirstOrDefault(s => !SegmentPattern().IsMatch(s));
        if (bad is not null)
        {
            var where = frontMatter.Slug == bad ? frontMatter.LocationOf(nameof(FrontMatter.Slug)) : new SourceLocation(file.DisplayPath);
            _diagnostics.Error(DiagnosticCodes.UnsafePath, where, $"'{bad}' cannot be part of a page's address.",
                "Use lower-case letters, digits and hyphens in file, folder and slug names.");
            return null;
        }

        return segments.Count == 0 ? "" : string.Join('/', segments) + "/";
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex SegmentPattern();
}
