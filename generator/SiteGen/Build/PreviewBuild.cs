using System.Diagnostics;
using System.Text;
using SiteGen.Checks;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Site;

namespace SiteGen.Build;

/// <summary>
/// The dev server's builds. The first is a whole build. After it, a save that changes only the
/// body of one ordinary page parses, links, renders, checks and writes that page alone, and the
/// search index after the reload; any other change (front matter, a page's ids, a quiz, a
/// training module page, the glossary, a new, moved or deleted file, a template, site.yaml) is a
/// whole build again. Either way the folder ends as a whole build would leave it.
/// </summary>
/// <param name="options">What to build; <see cref="BuildOptions.OutputPath"/> is the folder served.</param>
public sealed class PreviewBuild(BuildOptions options)
{
    private BuiltSite? _site; // null until a whole build succeeds, and after an update that could not finish
    private IReadOnlyList<Diagnostic> _diagnostics = [];
    private bool _searchStale;

    /// <summary>Builds the whole site.</summary>
    public BuildResult BuildAll()
    {
        var (result, site) = SiteBuilder.BuildKeeping(options);
        _site = site;
        _diagnostics = result.Diagnostics;
        _searchStale = false;
        return result;
    }

    /// <summary>Builds again after files changed: the one page alone when that is all the change touches, else the whole site.</summary>
    /// <param name="changed">The full path of every file or folder that changed since the last build.</param>
    public BuildResult Update(IReadOnlyCollection<string> changed) => TryUpdatePage(changed) ?? BuildAll();

    /// <summary>
    /// Builds one changed page alone and writes it into the folder; null when the change needs
    /// a whole build. The search index is left for <see cref="UpdateSearch"/>, so the reload
    /// does not wait for it.
    /// </summary>
    public BuildResult? TryUpdatePage(IReadOnlyCollection<string> changed)
    {
        var clock = Stopwatch.StartNew();
        if (_site is not { } built || changed.Count != 1 || PageOf(built, changed.First()) is not { } page)
        {
            return null;
        }

        var (config, site, pipeline, _, templates, urls, _) = built.Loaded;
        var diagnostics = new DiagnosticBag();
        var reparsed = new PageParser(config, pipeline, templates.LayoutNames, diagnostics).Parse(page.Source);
        if (reparsed is null || reparsed.Quizzes.Count > 0 || !reparsed.Anchors.SetEquals(page.Anchors)
            || FrontMatterReader.Block(reparsed.SourceText) != FrontMatterReader.Block(page.SourceText))
        {
            return null; // what other pages show of this one, or link to in it, may have changed
        }

        _site = null; // the model now holds the new body: if anything below fails, the next build is whole
        page.ReplaceBody(reparsed);
        new SiteAssembler(config, urls, diagnostics).Relink(site, page);
        if (diagnostics.HasErrors)
        {
            return Finish(page, diagnostics, clock); // as a whole build, which stops before rendering a site with broken references
        }

        var index = built.Facts.FindIndex(f => f.SitePath == page.SitePath && f.Source.File == page.Source.DisplayPath);
        if (index < 0 || new PageRenderer(site, pipeline, templates, urls, SiteBuilder.RenderOptionsFor(options)).Render(page) is not { } rendered)
        {
            return null;
        }

        var facts = PageFacts.Read(rendered);
        if (!facts.Ids.SetEquals(built.Facts[index].Ids))
        {
            return null; // another page's link to one of its anchors may now be broken, or mended
        }

        built.Facts[index] = facts;
        built.Checker.ReportingTo(diagnostics).CheckPage(page);
        new RenderedPageChecker(config.BasePath, diagnostics).Check([facts], built.Facts, built.OutputPaths);
        return Finish(page, diagnostics, clock, () => (built, new OutputFile(SiteUrls.OutputFile(page.SitePath), rendered.Html)));
    }

    /// <summary>Reports what was found in the page, and writes it when nothing stops it.</summary>
    private BuildResult Finish(Page page, DiagnosticBag found, Stopwatch clock, Func<(BuiltSite Site, OutputFile File)>? output = null)
    {
        // The page's own findings replace what the last build found in it; the rest stand.
        _diagnostics = [.. _diagnostics.Where(d => d.Location.File != page.Source.DisplayPath), .. found.Items];
        var failed = _diagnostics.Any(d => d.Severity == Severity.Error || (options.Strict && d.Severity == Severity.Warning));
        if (!failed && output?.Invoke() is var (built, file))
        {
            if (Write(built, file) is { } error)
            {
                _diagnostics = [.. _diagnostics, error];
            }
            else
            {
                _site = built;
                _searchStale = true;
            }
        }

        return new BuildResult(_diagnostics, _site is not null, 1, 1, clock.Elapsed) { OnlyPage = page.Source.DisplayPath };
    }

    /// <summary>Writes the search index again after pages were updated alone; how many files changed.</summary>
    public int UpdateSearch()
    {
        if (!_searchStale || _site is not { } built)
        {
            return 0;
        }

        _searchStale = false;
        var changed = SiteBuilder.SearchFiles(built.Loaded.Site).Where(file => built.Files.Find(f => f.Path == file.Path)?.Text != file.Text).ToList();
        if (changed.Select(file => Write(built, file)).FirstOrDefault(error => error is not null) is not null)
        {
            _site = null; // the next build is whole, and says what went wrong
        }

        return changed.Count;
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

    /// <summary>Writes one file of the site in place: a new file renamed over the old, so no reader sees half of it.</summary>
    /// <returns>Null, or what went wrong.</returns>
    private Diagnostic? Write(BuiltSite built, OutputFile file)
    {
        var target = Path.Combine(SiteBuilder.OutputFolder(options), file.Path);
        var partial = target + ".sitegen-partial";
        try
        {
            File.WriteAllText(partial, file.Text, new UTF8Encoding(false));
            File.Move(partial, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _site = null;
            return new Diagnostic(Severity.Error, DiagnosticCodes.OutputFailed, new SourceLocation(file.Path), $"The file could not be written: {ex.Message}",
                "Check the folder is writable and has space.");
        }

        var kept = built.Files.FindIndex(f => f.Path == file.Path);
        if (kept >= 0)
        {
            built.Files[kept] = file; // the search index; pages are not kept
        }

        return null;
    }
}
