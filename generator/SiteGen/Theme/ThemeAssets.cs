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

    /// <summary>The component folder whose scripts the others share, bundled first.</summary>
    public const string CommonScripts = "components/common/";

    /// <summary>Every asset file by site path: the two bundles as text, the rest as the file to copy.</summary>
    public static (string Css, string Js, IReadOnlyDictionary<string, string> Copies) Collect(ThemeFiles files)
    {
        var assets = files.List("assets");
        var components = files.List("components");
        var css = Bundle(assets.Where(a => a.Key.StartsWith("assets/css/", StringComparison.Ordinal) && a.Key.EndsWith(".css", StringComparison.Ordinal))
            .Concat(components.Where(c => c.Key.EndsWith(".css", StringComparison.Ordinal))));
        // components/common/ first: the helpers the other scripts take as they load.
        var js = Bundle(components.Where(c => c.Key.EndsWith(".js", StringComparison.Ordinal))
            .OrderBy(c => c.Key.StartsWith(CommonScripts, StringComparison.Ordinal) ? 0 : 1));
        var copies = assets.Where(a => !a.Key.StartsWith("assets/css/", StringComparison.Ordinal))
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        return (css, js, copies);
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
