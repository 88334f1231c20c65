using System.Diagnostics;
using SiteGen.Checks;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Search.Shards;
using SiteGen.Site;
using SiteGen.Theme;

namespace SiteGen.Build;

/// <summary>
/// The dev server's builds. The first is a whole build. After it, a save that changes only the
/// body of one ordinary page parses, links, renders, checks and writes that page alone, and one
/// that changes its title or summary too also renders the pages that list it (its section's, and
/// the audience pages); the search index follows after the reload. A changed template renders
/// again, from the content already read, the pages made with it (each page's record of the
/// templates it used), and writes those it changed (<see cref="ServedFolder"/>). Any other change (other front matter, a page's
/// ids, a quiz, a training module page, the glossary, a section's own page, a new, moved or
/// deleted file, the theme's styles or scripts, site.yaml) is a whole build again. Either way the
/// folder ends as a whole build would leave it.
/// </summary>
/// <param name="options">What to build; <see cref="BuildOptions.OutputPath"/> is the folder served.</param>
public sealed class PreviewBuild(BuildOptions options)
{
    private BuiltSite? _site; // null until a whole build succeeds, and after an update that could not finish
    private IReadOnlyList<Diagnostic> _diagnostics = [];
    private bool _searchStale;

    /// <summary>The folder served, which updates write into; the dev server reads it through this.</summary>
    public ServedFolder Folder { get; } = new(SiteBuilder.OutputFolder(options));

    /// <summary>Builds the whole site.</summary>
    public BuildResult BuildAll()
    {
        var (result, site) = SiteBuilder.BuildKeeping(options);
        _site = site;
        _diagnostics = result.Diagnostics;
        _searchStale = false;
        Folder.WrittenWhole();
        return result;
    }

    /// <summary>Makes the next build a whole one, after an update that stopped part way.</summary>
    public void Forget() => _site = null;

    /// <summary>Builds again after files changed: only what the change touches where that can be known, else the whole site.</summary>
    /// <param name="changed">The full path of every file or folder that changed since the last build.</param>
    public BuildResult Update(IReadOnlyCollection<string> changed) => TryUpdatePage(changed) ?? TryUpdateTemplates(changed) ?? BuildAll();

    /// <summary>
    /// Renders again the pages that use the theme's changed templates, when templates are all that
    /// changed: the content, its checks and the search index stand, the other pages are as they
    /// were, and the pages are written only when every one of them rendered; null when the change
    /// needs a whole build.
    /// </summary>
    public BuildResult? TryUpdateTemplates(IReadOnlyCollection<string> changed)
    {
        var clock = Stopwatch.StartNew();
        var themes = Path.Combine(options.SiteRoot, "themes") + Path.DirectorySeparatorChar;
        bool IsTemplate(string path) => Path.GetFullPath(path) is var full && full.StartsWith(themes, StringComparison.Ordinal)
            && full.EndsWith(ThemeTemplates.Extension, StringComparison.Ordinal) && File.Exists(full);
        if (_site is not { } built || changed.Count == 0 || !changed.All(IsTemplate))
        {
            return null;
        }

        var (config, site, pipeline, theme, old, urls, _, strings) = built.Loaded;
        var diagnostics = new DiagnosticBag();
        var templates = ThemeTemplates.Load(theme, options.SiteRoot, diagnostics);
        ThemeAssets.CheckTemplates(theme, config.Theme, diagnostics);
        if (!templates.LayoutNames.SetEquals(old.LayoutNames))
        {
            return null; // pages were checked against the layouts there were
        }

        // The templates changed, named as each page's record of what it used names them
        // (themes/<theme>/components/footer/footer.sbn-html is partials/footer).
        static string InTheme(string pathInThemes) => pathInThemes[(pathInThemes.IndexOf(Path.DirectorySeparatorChar) + 1)..];
        var edited = changed.Select(path => ThemeTemplates.KeyOf(InTheme(Path.GetRelativePath(themes, Path.GetFullPath(path))))).ToHashSet(StringComparer.Ordinal);
        bool UsesEdited(string sitePath) => !built.Templates.TryGetValue(sitePath, out var used) || used.Overlaps(edited);

        _site = null;
        var pages = new PageRenderer(site, pipeline, templates, urls, SiteBuilder.RenderOptionsFor(options, site), strings)
            .RenderAll(page => (Facts: PageFacts.Read(page), File: new OutputFile(SiteUrls.OutputFile(page.SitePath), page.Html), page.Templates), only: UsesEdited);
        if (diagnostics.HasErrors || pages.Count != built.Facts.Count(f => UsesEdited(f.SitePath)))
        {
            return null; // a whole build says what is wrong, as it always has
        }

        var facts = new List<PageFacts>(built.Facts);
        var at = facts.Select((f, i) => (f.SitePath, i)).ToDictionary(f => f.SitePath, f => f.i, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            facts[at[page.Facts.SitePath]] = page.Facts;
        }

        var findings = new DiagnosticBag();
        new RenderedPageChecker(config.BasePath, findings).Check(facts, built.OutputPaths);

        // What the templates and the finished pages showed is found again; the content's findings stand.
        var replaced = built.RenderedFindings.ToHashSet();
        _diagnostics = [.. _diagnostics.Where(d => !replaced.Contains(d) && !d.Location.File.EndsWith(ThemeTemplates.Extension, StringComparison.Ordinal)),
            .. diagnostics.Items, .. findings.Items];
        var failed = _diagnostics.Any(d => d.Severity == Severity.Error || (options.Strict && d.Severity == Severity.Warning));
        var next = built with { Loaded = built.Loaded with { Templates = templates }, Facts = facts, RenderedFindings = [.. findings.Items] };
        if (!failed && Write([.. pages.Select(p => p.File)]) is { } error)
        {
            _diagnostics = [.. _diagnostics, error];
        }
        else if (!failed)
        {
            foreach (var page in pages)
            {
                next.Templates[page.Facts.SitePath] = page.Templates;
            }

            _site = next;
        }

        return new BuildResult(_diagnostics, _site is not null, pages.Count, pages.Count, clock.Elapsed) { OnlyTemplates = true };
    }

    /// <summary>
    /// Builds one changed page, and the pages that show it, and writes them into the folder;
    /// null when the change needs a whole build. A change to the body alone renders the page
    /// alone; a new title or summary also its section's pages (navigation, neighbours, the
    /// section's list) and the audience pages. The search index is left for
    /// <see cref="UpdateSearch"/>, so the reload does not wait for it.
    /// </summary>
    public BuildResult? TryUpdatePage(IReadOnlyCollection<string> changed)
    {
        var clock = Stopwatch.StartNew();
        if (_site is not { } built || changed.Count != 1 || PageOf(built, changed.First()) is not { } page)
        {
            return null;
        }

        if (built.Loaded.Site.TranslationsOf(page).Any())
        {
            return null; // its translations show it, and are checked against its text
        }

        var (config, site, pipeline, theme, templates, urls, _, strings) = built.Loaded;
        var diagnostics = new DiagnosticBag();
        var reparsed = new PageParser(config, pipeline, templates.LayoutNames, diagnostics, ThemeAssets.Pictures(theme)).Parse(page.Source);
        if (reparsed is null || reparsed.Quizzes.Count > 0 || !reparsed.Anchors.SetEquals(page.Anchors))
        {
            return null; // what other pages link to in it may have changed
        }

        var sameFrontMatter = FrontMatterReader.Block(reparsed.SourceText) == FrontMatterReader.Block(page.SourceText);
        if (!sameFrontMatter && !OnlyListedFieldsChanged(site, page, reparsed))
        {
            return null; // where the page is, and what other pages say of it, may have changed
        }

        _site = null; // the model now holds the new text: if anything below fails, the next build is whole
        page.TakeContentOf(reparsed);
        var section = site.SectionOf(page);
        if (!SiteAssembler.InSectionOrder(section.Pages))
        {
            return null; // a new title moves the page in its section
        }

        new SiteAssembler(config, urls, diagnostics).Relink(site, page);
        if (diagnostics.HasErrors)
        {
            return Finish(page, diagnostics, clock, []); // as a whole build, which stops before rendering a site with broken references
        }

        var renderer = new PageRenderer(site, pipeline, templates, urls, SiteBuilder.RenderOptionsFor(options, site), strings);
        (string SitePath, string? Source, Func<RenderedPage?> Render) Content(Page p) => (p.SitePath, p.Source.DisplayPath, () => renderer.Render(p));
        (string SitePath, string? Source, Func<RenderedPage?> Render) Audience(AudiencePage a) => (a.SitePath, null, () => renderer.Render(a));
        List<(string SitePath, string? Source, Func<RenderedPage?> Render)> again = sameFrontMatter
            ? [Content(page)]
            : [.. new[] { page, section.Index }.Concat(section.Pages).Distinct().Select(Content), .. site.AudiencePages.Select(Audience)];
        var outputs = new List<OutputFile>();
        foreach (var (sitePath, source, render) in again)
        {
            var index = built.Facts.FindIndex(f => f.SitePath == sitePath && (source is null || f.Source.File == source));
            if (index < 0 || render() is not { } rendered)
            {
                return null;
            }

            var facts = PageFacts.Read(rendered);
            if (!facts.Ids.SetEquals(built.Facts[index].Ids))
            {
                return null; // another page's link to one of its anchors may now be broken, or mended
            }

            built.Facts[index] = facts;
            built.Templates[sitePath] = rendered.Templates;
            outputs.Add(new OutputFile(SiteUrls.OutputFile(sitePath), rendered.Html));
        }

        built.Checker.ReportingTo(diagnostics).CheckPage(page);
        var own = built.Facts.Find(f => f.SitePath == page.SitePath && f.Source.File == page.Source.DisplayPath)!;
        var findings = new DiagnosticBag();
        new RenderedPageChecker(config.BasePath, findings).Check([own], built.Facts, built.OutputPaths);
        foreach (var finding in findings.Items)
        {
            diagnostics.Add(finding);
        }

        built.RenderedFindings.RemoveAll(d => d.Location.File == page.Source.DisplayPath);
        built.RenderedFindings.AddRange(findings.Items);
        return Finish(page, diagnostics, clock, outputs, built);
    }

    /// <summary>
    /// True when the front matter differs only in the page's title and summary, written on one
    /// line each: then only the page's section and the audience pages show the change. A section's
    /// own page (its title is in every breadcrumb below it) and a page a quiz names as its "learn
    /// more" (the quiz's data holds the title) need a whole build.
    /// </summary>
    private static bool OnlyListedFieldsChanged(SiteModel site, Page page, Page reparsed)
    {
        static string? Rest(string text)
        {
            var lines = FrontMatterReader.Block(text)?.Split('\n');
            if (lines is null)
            {
                return null;
            }

            var listed = lines.Select((line, i) => (line, i)).Where(l => l.line.StartsWith("title:", StringComparison.Ordinal) || l.line.StartsWith("summary:", StringComparison.Ordinal)).ToList();
            var oneLine = listed.All(l => l.i + 1 < lines.Length && !char.IsWhiteSpace(lines[l.i + 1].FirstOrDefault('x'))
                && l.line.TrimEnd() is var value && !value.EndsWith('>') && !value.EndsWith('|'));
            return oneLine ? string.Join('\n', lines.Where((_, i) => !listed.Exists(l => l.i == i))) : null;
        }

        var before = Rest(page.SourceText);
        return before is not null && before == Rest(reparsed.SourceText) && !page.IsSectionIndex
            && !site.Pages.SelectMany(p => p.Quizzes).SelectMany(q => q.LearnMore.Values).Any(l => l.Title == page.Title);
    }

    /// <summary>Reports what was found in the page, and writes the pages made again when nothing stops it.</summary>
    private BuildResult Finish(Page page, DiagnosticBag found, Stopwatch clock, List<OutputFile> outputs, BuiltSite? built = null)
    {
        // The page's own findings replace what the last build found in it; the rest stand.
        _diagnostics = [.. _diagnostics.Where(d => d.Location.File != page.Source.DisplayPath), .. found.Items];
        var failed = _diagnostics.Any(d => d.Severity == Severity.Error || (options.Strict && d.Severity == Severity.Warning));
        if (!failed && built is not null)
        {
            if (Write(outputs) is { } error)
            {
                _diagnostics = [.. _diagnostics, error];
            }
            else
            {
                _site = built;
                _searchStale = true;
            }
        }

        return new BuildResult(_diagnostics, _site is not null, outputs.Count, outputs.Count, clock.Elapsed) { OnlyPage = page.Source.DisplayPath };
    }

    /// <summary>Writes the search index again after pages were updated alone; how many files changed.</summary>
    public int UpdateSearch()
    {
        if (!_searchStale || _site is not { } built)
        {
            return 0;
        }

        _searchStale = false;
        var fresh = SiteBuilder.SearchFiles(built.Loaded.Site);
        var kept = built.Files.Select((file, at) => (file.Path, at)).ToDictionary(f => f.Path, f => f.at, StringComparer.Ordinal);
        var changed = fresh.Where(file => !kept.TryGetValue(file.Path, out var at) || built.Files[at].Text != file.Text).ToList();
        if (Write(changed) is not null)
        {
            _site = null; // the next build is whole, and says what went wrong
            return changed.Count;
        }

        foreach (var file in changed)
        {
            if (kept.TryGetValue(file.Path, out var at))
            {
                built.Files[at] = file;
            }
            else
            {
                built.Files.Add(file);
            }
        }

        // Parts the index no longer has (fewer shards, a page gone from search) go, as from a whole build.
        var paths = fresh.Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
        var gone = built.Files.Where(file => SearchShards.IsPart(file.Path) && !paths.Contains(file.Path)).ToHashSet();
        foreach (var file in gone)
        {
            File.Delete(Path.Combine(SiteBuilder.OutputFolder(options), file.Path));
        }

        built.Files.RemoveAll(gone.Contains);
        return changed.Count + gone.Count;
    }

    private Page? PageOf(BuiltSite built, string changed)
    {
        var content = Path.Combine(options.SiteRoot, "content") + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(changed);
        if (!full.StartsWith(content, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        var site = built.Loaded.Site;
        var page = site.PageAt(Path.GetRelativePath(content, full).Replace('\\', '/'));
        return page is null || page.Quizzes.Count > 0 || site.ModuleOf(page) is not null || page == site.PageAt(site.Config.Pages.Glossary) ? null : page;
    }

    /// <summary>Writes the files an update made (those whose text changed) into the folder served.</summary>
    /// <returns>Null, or what went wrong.</returns>
    private Diagnostic? Write(IReadOnlyList<OutputFile> files)
    {
        if (Folder.Write(files) is not { } failed)
        {
            return null;
        }

        _site = null;
        return new Diagnostic(Severity.Error, DiagnosticCodes.OutputFailed, new SourceLocation(failed.Path), $"The file could not be written: {failed.Message}",
            "Check the folder is writable and has space.");
    }
}
