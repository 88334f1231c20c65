using SiteGen.Bench;
using SiteGen.Tests.Support;

namespace SiteGen.BrowserTests;

/// <summary>
/// The example site with <see cref="GeneratedPages"/> more pages, generated as the benchmark
/// generates its corpus (<see cref="Corpus"/>), and one page planted among them that only a
/// search for <see cref="PlantedWords"/> finds first. Built twice: for a web server at the
/// sub-path <see cref="BasePath"/>, served on 127.0.0.1, and for opening from disk, each by the
/// <c>sitegen build</c> command as its own process.
/// </summary>
public sealed class LargeSite : IAsyncLifetime
{
    /// <summary>Generated pages beside the example's own.</summary>
    public const int GeneratedPages = 1000;

    /// <summary>Where the site is served: not the server's root, as many partnerships publish under their council's site.</summary>
    public const string BasePath = "/partnership/";

    /// <summary>Words only the planted page's title holds.</summary>
    public const string PlantedWords = "kestrelford outreach";

    /// <summary>The planted page's site path.</summary>
    public const string PlantedPage = "bench/kestrelford-outreach/";

    private string? _folder;
    private StaticFileServer? _server;

    public StaticFileServer Server => _server ?? throw new InvalidOperationException("Not started.");

    /// <summary>The build for opening from disk.</summary>
    public string DiskOutput => Path.Combine(_folder ?? throw new InvalidOperationException("Not started."), "disk");

    /// <summary>The first generated page: a content page deep in the site, where a reader searches from.</summary>
    public static string ContentPage => Path.ChangeExtension(Bench.GeneratedPages.PagePath(0), null).Replace('\\', '/') + "/";

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("sitegen-large-").FullName;
        var corpus = await Task.Run(() => Corpus.Write(Path.Combine(_folder, "corpus"), GeneratedPages, ["sitegen"]));
        var yaml = Path.Combine(corpus.SiteGenRoot, "site.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("base_path: /\n", $"base_path: {BasePath}\n", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(corpus.SiteGenRoot, "content", "bench", "kestrelford-outreach.md"), """
            ---
            title: "Kestrelford outreach: where young people can talk"
            summary: "The youth workers of the Kestrelford outreach team, and how to reach them."
            audience: [professionals]
            reviewed: 2026-11-01
            review_due: 2027-11-01
            owner: Partnership CSE lead
            sources:
              - document: The example site's pages
                part: A page planted for the search tests
            ---

            Youth workers meet young people where they are, listen, and help them stay safe.
            """);

        // Built as a user builds it: the sitegen command in the site's folder, for a web server and for disk.
        foreach (var args in new[] { new[] { "build", "--out", Path.Combine(_folder, "served") }, ["build", "--for-disk", "--out", DiskOutput] })
        {
            var (code, output, error) = await SiteGenProcess.RunAsync(corpus.SiteGenRoot, args);
            Assert.True(code == 0, $"sitegen {string.Join(' ', args)} failed on the generated site of {GeneratedPages:N0} pages:\n{output}\n{error}");
        }

        _server = StaticFileServer.Start(Path.Combine(_folder, "served"), BasePath);
    }

    /// <summary>A page's address on the server: <paramref name="sitePath"/> under <see cref="BasePath"/>.</summary>
    public Uri Url(string sitePath) => Server.Url(BasePath + sitePath);

    /// <summary>A page's file:// address in the build for disk.</summary>
    public Uri FileUrl(string sitePath) => new(Path.Combine(DiskOutput, sitePath, "index.html"));

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
