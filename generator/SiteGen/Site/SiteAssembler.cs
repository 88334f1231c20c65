using Markdig.Syntax;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Markdown.Glossary;
using SiteGen.Markdown.Pictures;
using SiteGen.Quizzes;
using SiteGen.Training;

namespace SiteGen.Site;

/// <summary>
/// The assemble stage: pages into sections, the glossary, generated audience pages, and every
/// cross-reference resolved, so a broken one is found before anything is rendered.
/// </summary>
public sealed class SiteAssembler
{
    private readonly SiteConfig _config;
    private readonly SiteUrls _urls;
    private readonly DiagnosticBag _diagnostics;
    private readonly Func<string, string>? _inSiteLanguageNote;

    /// <summary>Creates the stage for one build.</summary>
    /// <param name="config">site.yaml.</param>
    /// <param name="urls">How links are written.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="inSiteLanguageNote">
    /// The note that follows a link, in a translation, to a page that is not translated, in the
    /// translation's language ("in English"); none when null.
    /// </param>
    public SiteAssembler(SiteConfig config, SiteUrls urls, DiagnosticBag diagnostics, Func<string, string>? inSiteLanguageNote = null)
    {
        _config = config;
        _urls = urls;
        _diagnostics = diagnostics;
        _inSiteLanguageNote = inSiteLanguageNote;
    }

    /// <summary>Assembles the site; null when its structure is too broken to render (no home page).</summary>
    /// <param name="parsed">The pages that were read.</param>
    /// <param name="files">The other files under content/.</param>
    /// <param name="unreadable">Pages (content/ paths) that are there but could not be read: links to them are not reported as broken, since their own errors say why.</param>
    /// <param name="translations">The translations that were read, each of a page of <paramref name="parsed"/>.</param>
    public SiteModel? Assemble(IReadOnlyList<Page> parsed, IReadOnlyList<ContentFile> files, IReadOnlySet<string>? unreadable = null, IReadOnlyList<Page>? translations = null)
    {
        var pages = WithoutDuplicateAddresses(parsed);
        var root = BuildSections(pages);
        if (root is null)
        {
            return null;
        }

        var ordered = InSiteOrder(root).ToList();
        var glossaryPage = RequirePage(_config.Pages.Glossary, _config.Pages, nameof(SpecialPages.Glossary), pages);
        var glossary = glossaryPage is null ? [] : GlossaryReader.Read(glossaryPage.Document);
        foreach (var term in glossary)
        {
            glossaryPage!.Anchors.Add(term.Anchor);
        }

        RequirePage(_config.Pages.Help, _config.Pages, nameof(SpecialPages.Help), pages);
        RequirePage(_config.Pages.CoverYourTracks, _config.Pages, nameof(SpecialPages.CoverYourTracks), pages);
        RequirePage(_config.Pages.About, _config.Pages, nameof(SpecialPages.About), pages);
        for (var i = 0; i < _config.Navigation.Count; i++)
        {
            var entry = _config.Navigation[i];
            if (!pages.ContainsKey(entry.Page))
            {
                _diagnostics.Error(DiagnosticCodes.BrokenNavigation, entry.LocationOf(nameof(NavigationEntry.Page)),
                    $"Navigation entry '{entry.Title}' goes to '{entry.Page}', which is not a page.", Suggestion.DidYouMean(entry.Page, pages.Keys));
            }
        }

        // A translation of a page that lost its address to another is left out with it.
        var kept = pages.Values.ToHashSet();
        var translated = TranslationsInOrder(ordered, (translations ?? []).Where(t => kept.Contains(t.Translation!.Original)));
        var resolver = new LinkResolver(pages, files, _urls, _diagnostics)
        {
            Unreadable = unreadable ?? new HashSet<string>(),
            Translations = translated.ToDictionary(t => (t.Language!, t.Translation!.Original)),
            SiteLanguage = _config.Language,
            InSiteLanguageNote = _inSiteLanguageNote,
        };
        var linker = new GlossaryLinker(glossary);

        // Each page's links and glossary terms touch only its own tree: resolve them in parallel,
        // and report what each page has wrong in site order, so the messages keep their order.
        var found = ordered.Concat(translated).AsParallel().AsOrdered().Select(page =>
        {
            if (page.TreeSetAside)
            {
                return (IReadOnlyList<Diagnostic>)[]; // linked when it is parsed again, just before it is rendered
            }

            var pageDiagnostics = new DiagnosticBag();
            Link(page, resolver.ReportingTo(pageDiagnostics), linker, glossaryPage);
            return pageDiagnostics.Items;
        }).ToList();
        foreach (var diagnostic in found.SelectMany(d => d))
        {
            _diagnostics.Add(diagnostic);
        }

        AssembleQuizzes(ordered, resolver);
        PairEasyReadPages(ordered, resolver);
        var audiencePages = BuildAudiencePages(ordered, pages);
        foreach (var clash in audiencePages.Where(a => ordered.Any(p => p.SitePath == a.SitePath)))
        {
            var page = ordered.First(p => p.SitePath == clash.SitePath);
            _diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, new SourceLocation(page.Source.DisplayPath),
                $"This page's address /{page.SitePath} is where SiteGen publishes the page for '{clash.Title}'.", "Move or rename the file.");
        }

        var site = new SiteModel(_config, ordered, root, files, glossary, audiencePages)
        {
            Translations = translated,
            LinkSetAside = (page, found) => Link(page, resolver.ReportingTo(found), linker, glossaryPage),
        };
        site.Modules = new ModuleAssembler(_config, _diagnostics).Assemble(site.Sections, ordered);
        return site;
    }

    /// <summary>
    /// Resolves one page's links and glossary terms against a site already assembled, as
    /// <see cref="Assemble"/> did for every page: for a page whose body alone was parsed again.
    /// </summary>
    public void Relink(SiteModel site, Page page)
    {
        var resolver = new LinkResolver(site.PagesByFile, site.Files, _urls, _diagnostics);
        Link(page, resolver, new GlossaryLinker(site.Glossary), site.PageAt(_config.Pages.Glossary));
    }

    private void Link(Page page, LinkResolver resolver, GlossaryLinker linker, Page? glossaryPage)
    {
        resolver.Resolve(page);
        foreach (var row in page.Document.Descendants<PictureRow>())
        {
            row.Url = _urls.Link(page.SitePath, PictureRow.SitePath(row.Name));
        }

        if (page != glossaryPage && page.Translation is null) // the glossary's terms are in the site's own language
        {
            linker.Link(page.Document, term => _urls.Link(page.SitePath, glossaryPage!.SitePath, term.Anchor));
        }
    }

    /// <summary>Translations in the order of their pages, then of the languages in site.yaml; the second of one page in one language is an error.</summary>
    private List<Page> TranslationsInOrder(List<Page> ordered, IEnumerable<Page> translations)
    {
        var position = ordered.Select((page, i) => (page, i)).ToDictionary(x => x.page, x => x.i);
        var languages = _config.Languages.Select((language, i) => (language.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var result = new List<Page>();
        foreach (var group in translations.GroupBy(t => (t.Language!, t.Translation!.Original)))
        {
            result.Add(group.First());
            foreach (var extra in group.Skip(1))
            {
                _diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, new SourceLocation(extra.Source.DisplayPath),
                    $"{group.First().Source.DisplayPath} is already the {extra.Translation!.Language} translation of {group.Key.Original.Source.DisplayPath}.", "Keep one of the two.");
            }
        }

        return [.. result.OrderBy(t => position[t.Translation!.Original]).ThenBy(t => languages[t.Language!])];
    }

    /// <summary>Links each easy-read page and the page it is the easy-read version of, both ways.</summary>
    private void PairEasyReadPages(List<Page> pages, LinkResolver resolver)
    {
        foreach (var page in pages.Where(p => p.IsEasyRead))
        {
            var at = page.FrontMatter.LocationOf(nameof(FrontMatter.EasyReadOf));
            var resolved = resolver.Resolve(page, page.FrontMatter.EasyReadOf!, at);
            if (resolved is null)
            {
                continue; // reported as a broken link
            }

            if (resolved.Value.Target is not { } standard)
            {
                _diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, at, $"'easy_read_of' must name a page (a .md file), not '{page.FrontMatter.EasyReadOf}'.", "Give the page's .md file, relative to this one.");
                continue;
            }

            if (standard == page || standard.IsEasyRead)
            {
                _diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, at, $"{standard.Source.DisplayPath} is itself an easy-read page.", "Name the page written for most readers, which this page makes easier to read.");
            }
            else if (standard.EasyReadVersion is { } other)
            {
                _diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, at, $"{standard.Source.DisplayPath} already has an easy-read version, {other.Source.DisplayPath}.", "Keep one easy-read version of a page.");
            }
            else
            {
                standard.EasyReadVersion = page;
                page.StandardVersion = standard;
            }
        }
    }

    /// <summary>Quiz ids unique across the site; each question's "learn more" page resolved like any link.</summary>
    private void AssembleQuizzes(List<Page> pages, LinkResolver resolver)
    {
        var seen = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var quiz in page.Quizzes)
            {
                var definition = quiz.Definition;
                if (!seen.TryAdd(definition.Id, page))
                {
                    _diagnostics.Error(DiagnosticCodes.DuplicateQuiz, definition.LocationOf(nameof(QuizDefinition.Id)),
                        $"The quiz id '{definition.Id}' is already used by a quiz on {seen[definition.Id].Source.DisplayPath}.",
                        "Give each quiz its own id: results and completion records are kept by it.");
                }

                quiz.PageSitePath = page.SitePath;
                quiz.DataScriptUrl = _urls.Link(page.SitePath, QuizData.ScriptPath(definition.Id));
                foreach (var question in definition.Questions.SelectMany(q => q.Answerable).Where(q => q.LearnMore is not null))
                {
                    var resolved = resolver.Resolve(page, question.LearnMore!, question.LocationOf(nameof(QuizQuestion.LearnMore)));
                    if (resolved is { } link)
                    {
                        quiz.LearnMore[question.Id] = new LearnMoreLink(link.Target?.Title ?? question.LearnMore!, link.Url);
                    }
                }
            }
        }
    }

    private Dictionary<string, Page> WithoutDuplicateAddresses(IReadOnlyList<Page> parsed)
    {
        foreach (var group in parsed.GroupBy(p => p.SitePath).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                var where = other.FrontMatter.Slug is null ? new SourceLocation(other.Source.DisplayPath) : other.FrontMatter.LocationOf(nameof(FrontMatter.Slug));
                _diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, where,
                    $"This page and {first.Source.DisplayPath} would both be published at /{group.Key}.", "Rename one of them, or give one a different slug.");
            }
        }

        return parsed.ToDictionary(p => p.Source.RelativePath, StringComparer.Ordinal);
    }

    private Section? BuildSections(Dictionary<string, Page> pages)
    {
        if (!pages.TryGetValue("index.md", out var home))
        {
            _diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, new SourceLocation("content/index.md"), "The site has no home page.",
                "Add content/index.md with 'layout: home'.");
            return null;
        }

        var root = new Section("", home, null);
        var sections = new Dictionary<string, Section?>(StringComparer.Ordinal) { [""] = root };
        foreach (var page in pages.Values.OrderBy(p => p.SectionPath.Length).ThenBy(p => p.Source.RelativePath, StringComparer.Ordinal))
        {
            var section = SectionFor(page.SectionPath, page, pages, sections);
            if (section is not null && !page.IsSectionIndex)
            {
                section.Pages.Add(page);
            }
        }

        foreach (var section in sections.Values.OfType<Section>())
        {
            section.Pages.Sort(ByOrderThenTitle);
            section.Children.Sort((a, b) => ByOrderThenTitle(a.Index, b.Index));
        }

        return root;
    }

    private Section? SectionFor(string path, Page firstPage, Dictionary<string, Page> pages, Dictionary<string, Section?> sections)
    {
        if (sections.TryGetValue(path, out var existing))
        {
            return existing;
        }

        if (!pages.TryGetValue(path + "index.md", out var index))
        {
            _diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, new SourceLocation(firstPage.Source.DisplayPath),
                $"The folder content/{path} has no index.md, so its section has no title or landing page.",
                $"Add content/{path}index.md with the section's title and summary.");
            sections[path] = null; // reported once; its pages are left out of the site
            return null;
        }

        var parentPath = path.TrimEnd('/');
        parentPath = parentPath.Contains('/', StringComparison.Ordinal) ? parentPath[..(parentPath.LastIndexOf('/') + 1)] : "";
        var parent = SectionFor(parentPath, firstPage, pages, sections);
        if (parent is null)
        {
            sections[path] = null;
            return null;
        }

        var section = new Section(path, index, parent);
        parent.Children.Add(section);
        sections[path] = section;
        return section;
    }

    /// <summary>True when the pages are in the order a section lists them: by order, then title.</summary>
    internal static bool InSectionOrder(IReadOnlyList<Page> pages) =>
        pages.Zip(pages.Skip(1)).All(pair => ByOrderThenTitle(pair.First, pair.Second) <= 0);

    private static int ByOrderThenTitle(Page a, Page b)
    {
        var order = (a.FrontMatter.Order ?? int.MaxValue).CompareTo(b.FrontMatter.Order ?? int.MaxValue);
        return order != 0 ? order : string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<Page> InSiteOrder(Section section) =>
        [section.Index, .. section.Pages, .. section.Children.SelectMany(InSiteOrder)];

    private Page? RequirePage(string? relativePath, SpecialPages owner, string property, Dictionary<string, Page> pages)
    {
        if (relativePath is null)
        {
            return null;
        }

        if (pages.TryGetValue(relativePath, out var page))
        {
            return page;
        }

        _diagnostics.Error(DiagnosticCodes.BrokenNavigation, owner.LocationOf(property), $"'pages' names '{relativePath}', which is not a page.",
            Suggestion.DidYouMean(relativePath, pages.Keys));
        return null;
    }

    private List<AudiencePage> BuildAudiencePages(List<Page> ordered, IReadOnlyDictionary<string, Page> byFile)
    {
        var result = new List<AudiencePage>();
        var listed = ordered.Where(p => p.SitePath.Length > 0).ToList();
        foreach (var audience in _config.Audiences)
        {
            var forAudience = listed.Where(p => p.FrontMatter.Audience.Contains(audience.Id)).ToList();
            var basePath = $"for/{audience.Id}/";
            if (!audience.ByAgeBand)
            {
                result.Add(new AudiencePage(audience, null, basePath, Group(forAudience, byFile)));
                continue;
            }

            result.Add(new AudiencePage(audience, null, basePath, Group(forAudience.Where(p => p.FrontMatter.AgeBand.Count == 0), byFile)));
            foreach (var band in _config.AgeBands)
            {
                var forBand = forAudience.Where(p => p.FrontMatter.AgeBand.Count == 0 || p.FrontMatter.AgeBand.Contains(band.Id));
                result.Add(new AudiencePage(audience, band, $"{basePath}{band.Id}/", Group(forBand, byFile)));
            }
        }

        return result;
    }

    private static List<AudiencePageGroup> Group(IEnumerable<Page> pages, IReadOnlyDictionary<string, Page> byFile)
    {
        // Grouped by top-level section in site order; pages at the top level come last.
        const string TopLevel = "More from this site";
        return [.. pages
            .GroupBy(p => p.SectionPath.Split('/')[0])
            .Select(g => new AudiencePageGroup(g.Key.Length == 0 ? TopLevel : byFile.GetValueOrDefault(g.Key + "/index.md")?.Title ?? g.Key, [.. g]))
            .OrderBy(g => g.Title == TopLevel ? 1 : 0)];
    }
}
