using SiteGen.Build;

namespace SiteGen.BrowserTests;

/// <summary>
/// The example site built by <see cref="SiteBuilder"/> into a folder, and the list of its pages,
/// read from the output itself: every index.html, plus 404.html.
/// </summary>
public sealed class BuiltSite
{
    private BuiltSite(string outputPath, IReadOnlyList<string> pages)
    {
        OutputPath = outputPath;
        Pages = pages;
    }

    /// <summary>The output folder.</summary>
    public string OutputPath { get; }

    /// <summary>Every page's path relative to the output folder, with forward slashes: "index.html", "help/index.html", "404.html".</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>The content pages: every page except 404.html.</summary>
    public IEnumerable<string> IndexPages => Pages.Where(p => p.EndsWith("index.html", StringComparison.Ordinal));

    /// <summary>Builds the site and fails, listing every diagnostic, unless the build succeeded.</summary>
    public static BuiltSite Build(string repositoryRoot, string outputPath, bool forDisk)
    {
        var result = SiteBuilder.Build(new BuildOptions
        {
            ConfigPath = Path.Combine(repositoryRoot, "site.yaml"),
            OutputPath = outputPath,
            ForDisk = forDisk,
            BuiltInThemes = Path.Combine(repositoryRoot, "themes"),
            WriteAnswerKeys = false, // tests never write into the repository; a unit test checks the committed keys are current
        });
        var kind = forDisk ? "for-disk" : "normal";
        Assert.True(result.Succeeded, $"The {kind} build of the example site failed:{Environment.NewLine}" +
            string.Join(Environment.NewLine, result.Diagnostics.Select(d => "  " + d)));

        var pages = Directory.EnumerateFiles(outputPath, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outputPath, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (File.Exists(Path.Combine(outputPath, "404.html")))
        {
            pages.Add("404.html");
        }

        Assert.True(pages.Contains("index.html") && pages.Count > 2,
            $"The {kind} build wrote too few pages to test ({pages.Count}: {string.Join(", ", pages)}).");
        return new BuiltSite(outputPath, pages);
    }

    /// <summary>The page's address on a web server serving the output at <paramref name="basePath"/>: "help/index.html" is "/help/".</summary>
    public static string SitePath(string page, string basePath)
    {
        var path = page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page;
        return basePath.TrimEnd('/') + "/" + path;
    }

    /// <summary>The page's file:// address.</summary>
    public Uri FileUrl(string page) => new(Path.Combine(OutputPath, page));
}
