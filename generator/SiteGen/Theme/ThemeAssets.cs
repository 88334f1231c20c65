using System.Text;

namespace SiteGen.Theme;

/// <summary>
/// The theme's static files for the output: one stylesheet and one script bundled from the base
/// styles and every component (one request each, however many components), and every other asset
/// copied as it is.
/// </summary>
public static class ThemeAssets
{
    /// <summary>The bundled stylesheet's site path.</summary>
    public const string StylesheetPath = "assets/sitegen.css";

    /// <summary>The bundled script's site path.</summary>
    public const string ScriptPath = "assets/sitegen.js";

    /// <summary>lunr.js's site path.</summary>
    public const string LunrPath = "assets/lunr.min.js";

    /// <summary>Where lunr.js is in the theme: the npm package the build restores.</summary>
    public const string LunrSource = "node_modules/lunr/lunr.min.js";

    /// <summary>The favicon's site path.</summary>
    public const string FaviconPath = "assets/images/favicon.svg";

    /// <summary>The bundle of the training components' scripts, which only a module's pages load.</summary>
    public const string TrainingScriptPath = "assets/sitegen-training.js";

    /// <summary>
    /// Components whose scripts go in <see cref="TrainingScriptPath"/> rather than the bundle every
    /// page loads: a young person reading a lesson should not download a certificate maker.
    /// </summary>
    public static readonly IReadOnlyList<string> TrainingComponents = ["components/certificate/", "components/training-module/"];

    /// <summary>The component folder whose scripts the others share, bundled first.</summary>
    public const string CommonScripts = "components/common/";

    /// <summary>Every asset file by site path: the bundles as text, the rest as the file to copy.</summary>
    public static ThemeBundles Collect(ThemeFiles files)
    {
        var assets = files.List("assets");
        var components = files.List("components");
        var css = Bundle(assets.Where(a => a.Key.StartsWith("assets/css/", StringComparison.Ordinal) && a.Key.EndsWith(".css", StringComparison.Ordinal))
            .Concat(components.Where(c => c.Key.EndsWith(".css", StringComparison.Ordinal))));
        var scripts = components.Where(c => c.Key.EndsWith(".js", StringComparison.Ordinal)).ToList();
        bool IsTraining(KeyValuePair<string, string> c) => TrainingComponents.Any(t => c.Key.StartsWith(t, StringComparison.Ordinal));

        // components/common/ first: the helpers the other scripts take as they load.
        var js = Bundle(scripts.Where(c => !IsTraining(c)).OrderBy(c => c.Key.StartsWith(CommonScripts, StringComparison.Ordinal) ? 0 : 1));
        var trainingJs = Bundle(scripts.Where(IsTraining));
        var copies = assets.Where(a => !a.Key.StartsWith("assets/css/", StringComparison.Ordinal))
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        return new ThemeBundles(css, js, trainingJs, copies);
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
/// <param name="Css">The stylesheet bundle.</param>
/// <param name="Js">The script bundle every page loads.</param>
/// <param name="TrainingJs">The training components' scripts, loaded by a module's pages.</param>
/// <param name="Copies">Other asset files by site path, to copy.</param>
public sealed record ThemeBundles(string Css, string Js, string TrainingJs, IReadOnlyDictionary<string, string> Copies);
