using System.Collections.Concurrent;
using System.Diagnostics;
using SiteGen.Checks;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Quizzes;
using SiteGen.Rendering;
using SiteGen.Search;
using SiteGen.Site;
using SiteGen.Theme;
using SiteGen.Training;

namespace SiteGen.Build;

/// <summary>
/// Builds a site in stages (load, parse, assemble, render, check, emit), each taking the last
/// one's result. Every stage reports into one <see cref="DiagnosticBag"/> and carries on as far
/// as it can, so one run lists every problem; a build with errors writes nothing.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// The Content-Security-Policy every page declares: nothing from another host, no inline
    /// script or style. Form actions stay on the site.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>Runs a build.</summary>
    /// <param name="options">What to build.</param>
    /// <param name="onStage">Called as each stage starts, for progress display.</param>
    public static BuildResult Build(BuildOptions options, Action<BuildStage>? onStage = null) => BuildKeeping(options, onStage, keepTrees: false).Result;

    /// <summary>Runs a build and keeps what it made, for <see cref="PreviewBuild"/> to change a page of later.</summary>
    /// <param name="options">What to build.</param>
    /// <param name="onStage">Called as each stage starts.</param>
    /// <param name="keepTrees">False to let each page's parsed body go once it is rendered, checked and read for search: a one-shot build.</param>
    internal static (BuildResult Result, BuiltSite? Site) BuildKeeping(BuildOptions options, Action<BuildStage>? onStage = null, bool keepTrees = true)
    {
        var clock = Stopwatch.StartNew();
        var stages = new StageClock(clock, onStage);
        var diagnostics = new DiagnosticBag();

        // Pages are written as they are rendered, into a folder that replaces the output only if
        // the whole build succeeds: no build holds every page's HTML at once.
        using var staged = options.WriteOutput ? new StagedOutput(OutputFolder(options)) : null;
        var site = Run(options, diagnostics, stages.Enter, staged, keepTrees);
        var failed = diagnostics.HasErrors || (options.Strict && diagnostics.Items.Any(d => d.Severity == Severity.Warning));
        var built = !failed && site is not null && (staged is null || Emit(staged, site.Files, diagnostics, stages.Enter));
        if (built && options.WriteOutput && options.WriteAnswerKeys && site is not null)
        {
            AnswerKeys.Write(options.SiteRoot, site.Loaded.Site.Modules, diagnostics); // only a site that built: a key must match what learners see
        }

        var result = new BuildResult(diagnostics.Items, built, site?.Facts.Count ?? 0, site?.OutputPaths.Count ?? 0, clock.Elapsed) { StageTimes = stages.Stop() };
        return (result, built ? site : null);
    }

    /// <summary>The folder a build writes to.</summary>
    internal static string OutputFolder(BuildOptions options) =>
        Path.IsPathRooted(options.OutputPath) ? options.OutputPath : Path.Combine(options.SiteRoot, options.OutputPath);

    /// <summary>How pages are rendered for a build.</summary>
    internal static RenderOptions RenderOptionsFor(BuildOptions options, SiteModel site) => new(options.ForDisk, ContentSecurityPolicyFor(site.Config), options.ReloadScriptPath);

    /// <summary>
    /// The policy a site's pages declare: <see cref="ContentSecurityPolicy"/>, and, when site.yaml
    /// names a learning record store, sending to that store's origin (and nowhere else).
    /// </summary>
    public static string ContentSecurityPolicyFor(SiteConfig config) =>
        config.LearningRecordStore is { } lrs ? ContentSecurityPolicy + "; connect-src 'self' " + lrs.Origin : ContentSecurityPolicy;

    private static BuiltSite? Run(BuildOptions options, DiagnosticBag diagnostics, Action<BuildStage> onStage, StagedOutput? staged, bool keepTrees)
    {
        if (SiteLoader.Load(options, diagnostics, onStage, setTreesAside: !keepTrees) is not { } loaded)
        {
            return null; // rendering a site with broken references would only repeat its errors
        }

        var (config, site, pipeline, theme, templates, urls, staticFiles, strings) = loaded;
        var root = options.SiteRoot;
        onStage(BuildStage.Render);

        // Each page is rendered, written and read for the checks in one pass, in parallel; only
        // what the checks need of it is kept. Its content is checked and its search text taken in
        // the same pass, while its tree is at hand, so that a one-shot build can let the tree go.
        var checker = new ContentChecker(config, options.Today, diagnostics);
        var findings = new ConcurrentDictionary<Page, IReadOnlyList<Diagnostic>>();
        var documents = new ConcurrentDictionary<Page, SearchDocument>();
        var linked = new ConcurrentDictionary<Page, IReadOnlyList<Diagnostic>>();
        var parser = new PageParser(config, pipeline, templates.LayoutNames, new DiagnosticBag(), ThemeAssets.Pictures(theme));
        void ParseAgain(Page page)
        {
            if (page.TreeSetAside)
            {
                var found = new DiagnosticBag();
                parser.ParseAgain(page);
                site.LinkSetAside(page, found);
                linked[page] = found.Items;
            }
        }

        void Read(Page page)
        {
            if (page.Translation is null)
            {
                var found = new DiagnosticBag();
                checker.ReportingTo(found).CheckPage(page);
                findings[page] = found.Items;
            }

            if (page.FrontMatter.Search)
            {
                documents[page] = SearchDocuments.Of(site, page);
            }

            if (!keepTrees && page.Quizzes.Count == 0)
            {
                page.ReleaseTree(); // a quiz's block is kept by its page's quiz data, and with it the tree
            }

            if (!keepTrees && (page.Translation is not null || !site.TranslationsOf(page).Any()))
            {
                page.ReleaseSourceText();
            }
        }

        var templatesUsed = new ConcurrentDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var facts = new PageRenderer(site, pipeline, templates, urls, RenderOptionsFor(options, site), strings).RenderAll(page =>
        {
            staged?.Write(new OutputFile(SiteUrls.OutputFile(page.SitePath), page.Html));
            if (keepTrees)
            {
                templatesUsed[page.SitePath] = page.Templates; // for serve, which renders again only what a template edit touches
            }

            return PageFacts.Read(page);
        }, Read, ParseAgain);

        // What assembling would have said of the links in the trees set aside, in site order; a
        // broken one stops the build there, as it would have before anything was rendered.
        foreach (var found in site.Pages.Concat(site.Translations).SelectMany(p => linked.GetValueOrDefault(p) ?? []))
        {
            diagnostics.Add(found);
        }

        if (linked.Values.Any(found => found.Any(d => d.Severity == Severity.Error)))
        {
            return null;
        }

        var files = Files(options, config, site, theme, staticFiles, documents);
        if (theme.Find(ThemeAssets.LunrSource) is { } lunr)
        {
            files.Add(new OutputFile(ThemeAssets.LunrPath, null, lunr));
        }
        else
        {
            diagnostics.Error(DiagnosticCodes.ThemeError, new SourceLocation($"themes/{config.Theme}/{ThemeAssets.LunrSource}"), "lunr.js, which site search runs on, is not installed.",
                $"Run the build's restore step (npm ci in themes/{config.Theme}), or build with 'dotnet run --project generator/SiteGen.Cli', which runs it.");
        }

        ThemeAssets.CheckScripts(theme, config.Theme, diagnostics);
        ThemeAssets.CheckTemplates(theme, config.Theme, diagnostics);

        onStage(BuildStage.Check);
        var paths = facts.Select(f => (Path: SiteUrls.OutputFile(f.SitePath), From: (string?)null)).Concat(files.Select(f => (f.Path, From: f.CopyFrom))).ToList();
        foreach (var clash in paths.GroupBy(f => f.Path, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var copied = clash.FirstOrDefault(f => f.From is not null).From;
            diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, new SourceLocation(copied is not null ? Path.GetRelativePath(root, copied) : clash.Key),
                $"More than one file would be written to {clash.Key}.", "Rename the file in static/ or content/ that shares its path with a page or theme asset.");
        }

        foreach (var found in site.Pages.SelectMany(p => findings.GetValueOrDefault(p) ?? []))
        {
            diagnostics.Add(found); // in page order, as they always came
        }

        checker.CheckTranslations(site);
        var outputPaths = paths.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var rendered = new DiagnosticBag();
        new RenderedPageChecker(config.BasePath, rendered).Check(facts, outputPaths);
        foreach (var finding in rendered.Items)
        {
            diagnostics.Add(finding);
        }

        return new BuiltSite(loaded, [.. facts], files, outputPaths, checker, [.. rendered.Items]) { Templates = templatesUsed };
    }

    /// <summary>The search index's files for a site.</summary>
    /// <param name="site">The site.</param>
    /// <param name="made">Search documents already made of pages as they were rendered.</param>
    internal static IEnumerable<OutputFile> SearchFiles(SiteModel site, IReadOnlyDictionary<Page, SearchDocument>? made = null) =>
        SearchIndexWriter.Files(SearchDocuments.From(site, made), site.Config.Audiences, site.Glossary)
            .Concat(site.Config.Languages.Where(l => site.SearchesIn(l.Code))
                .SelectMany(l => SearchIndexWriter.Files(SearchDocuments.From(site, l.Code, made), site.Config.Audiences, l.Code)));

    /// <summary>Every file of the site but its pages, which are written as they are rendered.</summary>
    private static List<OutputFile> Files(BuildOptions options, SiteConfig config, SiteModel site, ThemeFiles theme, IReadOnlyList<string> staticFiles,
        IReadOnlyDictionary<Page, SearchDocument> documents)
    {
        // The search index is most of this work: it is made meanwhile, on the other cores.
        var search = Task.Run(() => SearchFiles(site, documents).ToList());
        var (css, trainingCss, js, separateJs, copies) = ThemeAssets.Collect(theme);
        var files = new List<OutputFile>
        {
            new(ThemeAssets.StylesheetPath, css),
            new(ThemeAssets.TrainingStylesheetPath, trainingCss),
            new(ThemeAssets.ScriptPath, js),
            new("sitemap.xml", SiteMaps.Sitemap(config.Url, config.BasePath, site.Pages.Concat(site.Translations).Select(p => p.SitePath).Concat(site.AudiencePages.Select(a => a.SitePath)))),
            new("robots.txt", SiteMaps.Robots(config.Url, config.BasePath)),
        };
        files.AddRange(separateJs.Select(b => new OutputFile(b.Key, b.Value)));
        foreach (var quiz in site.Pages.SelectMany(p => p.Quizzes))
        {
            var json = QuizData.ToJson(quiz);
            files.Add(new OutputFile(QuizData.JsonPath(quiz.Definition.Id), json));
            files.Add(new OutputFile(QuizData.ScriptPath(quiz.Definition.Id), QuizData.ToScript(quiz, json)));
        }

        files.AddRange(site.Modules.Select(m => new OutputFile(m.DataScriptPath, ModuleData.ToScript(m, config))));
        files.AddRange(copies.Select(c => new OutputFile(c.Key, null, c.Value)));
        files.AddRange(site.Files.Select(f => new OutputFile(f.RelativePath, null, f.FullPath)));
        var staticFolder = Path.Combine(options.SiteRoot, "static");
        files.AddRange(staticFiles.Select(f => new OutputFile(Path.GetRelativePath(staticFolder, f).Replace('\\', '/'), null, f)));

        files.AddRange(search.GetAwaiter().GetResult());
        files.AddRange(options.ExtraFiles.Select(e => new OutputFile(e.Key, e.Value)));
        return files;
    }

    private static bool Emit(StagedOutput staged, List<OutputFile> files, DiagnosticBag diagnostics, Action<BuildStage>? onStage)
    {
        onStage?.Invoke(BuildStage.Emit);
        Parallel.ForEach(files, staged.Write);
        return staged.Commit(diagnostics);
    }
}
