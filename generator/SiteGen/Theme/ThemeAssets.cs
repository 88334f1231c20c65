using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Theme;

/// <summary>
/// The theme's static files for the output: one stylesheet and one script bundled from the base
/// styles and every component (one request each, however many components), and every other asset
/// copied as it is.
/// </summary>
/// <remarks>
/// A component's script is a classic script, <c>components/NAME/SCRIPT.js</c>. The default theme
/// writes them as ES modules (<c>SCRIPT.mjs</c> and the <c>src/</c> modules it imports), which
/// esbuild turns into those classic scripts when SiteGen itself is built (themes/default/build.mjs,
/// run by generator/SiteGen.Cli's build): pages opened from disk cannot load modules, and a site
/// build never runs npm. So only the <c>.js</c> files are bundled here, never the modules.
/// </remarks>
public static class ThemeAssets
{
    /// <summary>The bundled stylesheet's site path.</summary>
    public const string StylesheetPath = "assets/sitegen.css";

    /// <summary>The stylesheet of the training components, which only a module's pages load.</summary>
    public const string TrainingStylesheetPath = "assets/sitegen-training.css";

    /// <summary>The bundled script's site path.</summary>
    public const string ScriptPath = "assets/sitegen.js";

    /// <summary>lunr.js's site path.</summary>
    public const string LunrPath = "assets/lunr.min.js";

    /// <summary>Where lunr.js is in the theme: the npm package the build restores.</summary>
    public const string LunrSource = "node_modules/lunr/lunr.min.js";

    /// <summary>The favicon's site path.</summary>
    public const string FaviconPath = "assets/images/favicon.svg";

    /// <summary>The training module pages' scripts, which only a module's pages load.</summary>
    public const string TrainingScriptPath = "assets/sitegen-training.js";

    /// <summary>The quiz's script, which only pages with a quiz load.</summary>
    public const string QuizScriptPath = "assets/sitegen-quiz.js";

    /// <summary>The certificate's scripts, which only a module's certificate page loads.</summary>
    public const string CertificateScriptPath = "assets/sitegen-certificate.js";

    /// <summary>
    /// The site search's script, which a search box loads when a reader first comes to it (the
    /// search page at once): a reader who never searches never downloads it.
    /// </summary>
    public const string SearchScriptPath = "assets/sitegen-search.js";

    /// <summary>The SCORM 1.2 run-time script, which only the pages of a SCORM package load.</summary>
    public const string ScormScriptPath = "assets/sitegen-scorm.js";

    /// <summary>The xAPI script, which a module's pages load only when site.yaml names a learning record store.</summary>
    public const string XapiScriptPath = "assets/sitegen-xapi.js";

    /// <summary>
    /// Scripts bundled apart from <see cref="ScriptPath"/>, which every page loads, by the start of
    /// their path in the theme: each is loaded only by the pages that use it, so a young person
    /// reading a lesson never downloads a certificate maker.
    /// </summary>
    public static readonly IReadOnlyList<(string Bundle, string Scripts)> SeparateScripts =
    [
        (QuizScriptPath, "components/quiz/"),
        (TrainingScriptPath, "components/training-module/"),
        (CertificateScriptPath, "components/certificate/"),
        (SearchScriptPath, "components/site-search/site-search.js"),
        (ScormScriptPath, "components/scorm/"),
        (XapiScriptPath, "components/xapi/"),
    ];

    /// <summary>Components whose styles go in <see cref="TrainingStylesheetPath"/> rather than the stylesheet every page loads.</summary>
    public static readonly IReadOnlyList<string> TrainingComponents = ["components/certificate/", "components/training-module/"];

    /// <summary>The component folder whose scripts the others share, bundled first.</summary>
    public const string CommonScripts = "components/common/";

    /// <summary>How a component script's ES module sources end; esbuild builds each entry into the <c>.js</c> of the same name.</summary>
    public const string ModuleExtension = ".mjs";

    /// <summary>The names of the theme's pictures for easy-read rows (<c>phone</c> for <c>assets/pictures/phone.svg</c>).</summary>
    public static IReadOnlySet<string> Pictures(ThemeFiles files) =>
        files.List(Markdown.Pictures.PictureRow.Folder).Keys.Where(k => k.EndsWith(".svg", StringComparison.Ordinal))
            .Select(k => Path.GetFileNameWithoutExtension(k)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every asset file by site path: the bundles as text, the rest as the file to copy.</summary>
    public static ThemeBundles Collect(ThemeFiles files)
    {
        var assets = files.List("assets");
        var components = files.List("components");
        bool IsTraining(KeyValuePair<string, string> c) => TrainingComponents.Any(t => c.Key.StartsWith(t, StringComparison.Ordinal));
        var styles = components.Where(c => c.Key.EndsWith(".css", StringComparison.Ordinal)).ToList();
        var css = CssCompactor.Compact(Bundle(assets.Where(a => a.Key.StartsWith("assets/css/", StringComparison.Ordinal) && a.Key.EndsWith(".css", StringComparison.Ordinal))
            .Concat(styles.Where(c => !IsTraining(c)))));
        var trainingCss = CssCompactor.Compact(Bundle(styles.Where(IsTraining)));
        var scripts = components.Where(c => c.Key.EndsWith(".js", StringComparison.Ordinal)).ToList();
        string? BundleOf(KeyValuePair<string, string> c) => SeparateScripts.FirstOrDefault(b => c.Key.StartsWith(b.Scripts, StringComparison.Ordinal)).Bundle;

        // components/common/ first: the helpers the other scripts take as they load.
        var js = Bundle(scripts.Where(c => BundleOf(c) is null).OrderBy(c => c.Key.StartsWith(CommonScripts, StringComparison.Ordinal) ? 0 : 1));
        var separate = SeparateScripts.ToDictionary(b => b.Bundle, b => Bundle(scripts.Where(c => BundleOf(c) == b.Bundle)), StringComparer.Ordinal);
        var copies = assets.Where(a => !a.Key.StartsWith("assets/css/", StringComparison.Ordinal))
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        return new ThemeBundles(css, trainingCss, js, separate, copies);
    }

    /// <summary>
    /// Reports component scripts written as ES modules that the build cannot use: an entry
    /// (<c>components/NAME/SCRIPT.mjs</c>) whose classic script <c>SCRIPT.js</c> no layer has (an
    /// error: the script would be missing from every page), and modules the site's own theme
    /// changes while the script in use is SiteGen's (a warning: the change would be silently lost).
    /// </summary>
    /// <param name="files">The theme's files.</param>
    /// <param name="theme">The theme's name, for the paths in diagnostics.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static void CheckScripts(ThemeFiles files, string theme, DiagnosticBag diagnostics)
    {
        var components = files.List("components");
        var entries = components.Keys.Where(k => k.EndsWith(ModuleExtension, StringComparison.Ordinal) && k.Count(c => c == '/') == 2);
        foreach (var entry in entries)
        {
            var script = entry[..^ModuleExtension.Length] + ".js";
            var folder = entry[..(entry.LastIndexOf('/') + 1)];
            var location = new SourceLocation($"themes/{theme}/{script}");
            if (!components.TryGetValue(script, out var built))
            {
                diagnostics.Error(DiagnosticCodes.ThemeError, location,
                    $"The script {script} has not been built from {Path.GetFileName(entry)}, so the pages would run without it.",
                    !files.IsBuiltIn(entry)
                        ? $"Build it into themes/{theme}/{script} with esbuild as docs/theming.md shows, or write that file as a classic script."
                        : "Build SiteGen first ('dotnet build', or 'dotnet run --project generator/SiteGen.Cli -- build', which builds it): its build installs esbuild and builds the theme's scripts ('npm ci', then 'npm run build' in themes/default).");
                continue;
            }

            var edited = components.FirstOrDefault(c => c.Key.StartsWith(folder, StringComparison.Ordinal)
                && c.Key.EndsWith(ModuleExtension, StringComparison.Ordinal) && files.IsSiteFile(c.Value)).Key;
            if (edited is not null && !files.IsSiteFile(built))
            {
                diagnostics.Warning(DiagnosticCodes.UnbuiltThemeModule, new SourceLocation($"themes/{theme}/{edited}"),
                    $"SiteGen does not build script modules, so {edited} is not used: the pages run SiteGen's own {script}.",
                    $"Build your modules into themes/{theme}/{script} with esbuild as docs/theming.md shows, or write that file as a classic script.");
            }
        }
    }

    /// <summary>
    /// What the default theme's templates hold to load the scripts and styles bundled apart, and
    /// what stops working without it: a site's own copy of one of them, made from an older theme,
    /// would leave that out without a word.
    /// </summary>
    private static readonly (string Template, string Holds, string Breaks)[] AssetLoaders =
    [
        ("layouts/base.sbn-html", "assets.quiz_js", "quizzes would not work (the quiz's script is not loaded)"),
        ("layouts/base.sbn-html", "assets.training_css", "training module pages would lose their styles"),
        ("layouts/search.sbn-html", "assets.search_js", "the search page would not search (its script is not loaded)"),
        ("components/site-search/site-search.sbn-html", "data-search-script", "the header's search box would only go to the search page, without results as you type"),
    ];

    /// <summary>
    /// Warns about a site's own copy of a template that does not load a script or stylesheet the
    /// pages need (<see cref="AssetLoaders"/>), saying what breaks and what to add.
    /// </summary>
    /// <param name="files">The theme's files.</param>
    /// <param name="theme">The theme's name, for the paths in diagnostics.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static void CheckTemplates(ThemeFiles files, string theme, DiagnosticBag diagnostics)
    {
        foreach (var (template, holds, breaks) in AssetLoaders)
        {
            if (files.Find(template) is { } full && files.IsSiteFile(full) && !File.ReadAllText(full).Contains(holds, StringComparison.Ordinal))
            {
                diagnostics.Warning(DiagnosticCodes.TemplateMissesAsset, new SourceLocation($"themes/{theme}/{template}"),
                    $"Your copy of {template} has no '{holds}', so {breaks}.",
                    $"Copy the lines with '{holds}' from SiteGen's own {template} into yours (docs/theming.md lists what each template loads).");
            }
        }
    }

    private static string Bundle(IEnumerable<KeyValuePair<string, string>> parts)
    {
        var builder = new StringBuilder();
        foreach (var (relative, full) in parts)
        {
            builder.Append("/* ").Append(relative).Append(" */\n").Append(File.ReadAllText(full).TrimEnd()).Append("\n\n");
        }

        return builder.ToString();
    }
}

/// <summary>The theme's assets for one build.</summary>
/// <param name="Css">The stylesheet bundle every page loads.</param>
/// <param name="TrainingCss">The training components' styles, loaded by a module's pages.</param>
/// <param name="Js">The script bundle every page loads.</param>
/// <param name="SeparateJs">The other script bundles by site path (<see cref="ThemeAssets.SeparateScripts"/>).</param>
/// <param name="Copies">Other asset files by site path, to copy.</param>
public sealed record ThemeBundles(string Css, string TrainingCss, string Js, IReadOnlyDictionary<string, string> SeparateJs, IReadOnlyDictionary<string, string> Copies);
