namespace SiteGen.Theme;

/// <summary>
/// A theme's files, looked up through layers: the site's own <c>themes/&lt;name&gt;/</c> first,
/// then the theme that ships with SiteGen. A site overrides any theme file by putting one at the
/// same path (as Statiq and Hugo do), without copying the rest.
/// </summary>
public sealed class ThemeFiles
{
    private readonly IReadOnlyList<string> _layers;

    /// <summary>Creates the lookup over existing folders, highest priority first.</summary>
    public ThemeFiles(IEnumerable<string> layers) =>
        _layers = [.. layers.Where(Directory.Exists).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal)];

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
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
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
    public string? Find(string relativePath) =>
        _layers.Select(layer => Path.Combine(layer, relativePath)).FirstOrDefault(File.Exists);

    /// <summary>The path shown in diagnostics for a theme file.</summary>
    public string Display(string fullPath, string siteRoot) => Path.GetRelativePath(siteRoot, fullPath).Replace('\\', '/');
}
