using SiteGen.Safety;

namespace SiteGen.Theme;

/// <summary>
/// A theme's files, looked up through layers: the site's own <c>themes/&lt;name&gt;/</c> first,
/// then the theme that ships with SiteGen. A site overrides any theme file by putting one at the
/// same path (as Statiq and Hugo do), without copying the rest.
/// </summary>
public sealed class ThemeFiles
{
    private readonly IReadOnlyList<string> _layers;
    private readonly string? _siteLayer;
    private readonly SiteFolder? _site;

    /// <summary>Creates the lookup over existing folders, highest priority first.</summary>
    public ThemeFiles(IEnumerable<string> layers) =>
        _layers = [.. layers.Where(Directory.Exists).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Creates the lookup for a site: its own theme folder over SiteGen's. The site's layer is
    /// read through <paramref name="site"/>, so a symbolic link in it cannot bring in a file from
    /// outside the site's folder.
    /// </summary>
    public ThemeFiles(string siteLayer, string builtInLayer, SiteFolder site)
        : this([siteLayer, builtInLayer])
    {
        _siteLayer = Path.GetFullPath(siteLayer);
        _site = site;
    }

    /// <summary>True when at least one layer exists.</summary>
    public bool Exists => _layers.Count > 0;

    /// <summary>The folders searched, highest priority first.</summary>
    public IReadOnlyList<string> Layers => _layers;

    /// <summary>Every file under a folder of the theme, each from the highest layer that has it, by relative path.</summary>
    public SortedDictionary<string, string> List(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var layer in _layers.Reverse())
        {
            var root = Path.Combine(layer, folder);
            var found = IsSiteLayer(layer) ? _site!.Files(root, hidden: false, "node_modules")
                : Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories) : [];
            foreach (var file in found)
            {
                var relative = Path.GetRelativePath(layer, file).Replace('\\', '/');
                if (!relative.Split('/').Any(p => p.StartsWith('.') || p == "node_modules"))
                {
                    files[relative] = file; // later (higher) layers replace earlier ones
                }
            }
        }

        return files;
    }

    /// <summary>One file by its path in the theme (npm packages included), from the highest layer that has it.</summary>
    public string? Find(string relativePath) => FindEach(relativePath).LastOrDefault();

    /// <summary>Every layer's copy of one file, the lowest layer's first: for a file a site overrides line by line.</summary>
    public IEnumerable<string> FindEach(string relativePath) =>
        _layers.Reverse().Select(layer => Path.Combine(layer, relativePath))
            .Where(path => File.Exists(path) && (_siteLayer is null || !path.StartsWith(_siteLayer + Path.DirectorySeparatorChar, StringComparison.Ordinal) || _site!.Contains(path)));

    /// <summary>
    /// True when SiteGen's own theme (the lowest layer) has the file, whichever layer it is taken
    /// from. When the site's folder is SiteGen's (the example site in SiteGen's repository), that is
    /// the one layer there is.
    /// </summary>
    public bool IsBuiltIn(string relativePath) =>
        _layers.Count > 0 && File.Exists(Path.Combine(_layers[^1], relativePath));

    /// <summary>True when a file found through this lookup is the site's own, not SiteGen's.</summary>
    public bool IsSiteFile(string fullPath) =>
        _siteLayer is not null && fullPath.StartsWith(_siteLayer + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path shown in diagnostics for a theme file.</summary>
    public string Display(string fullPath, string siteRoot) => Path.GetRelativePath(siteRoot, fullPath).Replace('\\', '/');

    private bool IsSiteLayer(string layer) => _site is not null && layer == _siteLayer;
}
