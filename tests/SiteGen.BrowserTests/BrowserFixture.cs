using System.Collections.Concurrent;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.BrowserTests;

/// <summary>
/// Shared by every browser test: the example site built twice (for a web server and for disk),
/// a static web server on 127.0.0.1 for the first, and one headless Debian Chromium.
/// Each test opens its own fresh context (<see cref="OpenAsync(SitePage, BrowserNewContextOptions?)"/>).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// Debian's Chromium headless shell (package chromium-headless-shell): the same Chromium
    /// build as Debian's chromium package, without the desktop browser around it, as Playwright
    /// itself runs Chromium headless. The full browser in headless mode needed about twice the
    /// processor time for the same pages, and the suite outgrew CI's 20 minutes on two cores.
    /// </summary>
    public const string ChromiumPath = "/usr/bin/chromium-headless-shell";

    /// <summary>
    /// The headers docs/security-headers.md recommends a host sends, which the example site is served
    /// with here, so every browser test runs under them: a page that broke the policy would log
    /// the violation, and the privacy tests fail on any error a page logs.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> SecurityHeaders = new Dictionary<string, string>
    {
        ["Content-Security-Policy"] = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ["Referrer-Policy"] = "no-referrer",
        ["X-Content-Type-Options"] = "nosniff",
    };

    /// <summary>
    /// Pages checked at once by <see cref="ForEachPageAsync"/>: two per core, as much of a sweep is
    /// waiting on round trips to the browser (a Tab, then a look at the focus) rather than computing.
    /// </summary>
    private static readonly int Parallelism = Math.Clamp(Environment.ProcessorCount * 2, 2, 8);

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private string? _temporaryFolder;
    private StaticFileServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private SiteConfig? _config;
    private BuiltSite? _site;
    private BuiltSite? _diskSite;
    private Task<IReadOnlyDictionary<SitePage, PageLoadReport>>? _loadReports;
    private SitePage? _longestPage;

    public string RepositoryFolder { get; private set; } = "";

    /// <summary>The example site's settings (site.yaml), read by SiteGen itself.</summary>
    public SiteConfig Config => _config ?? throw NotStarted();

    /// <summary>The normal build, served by <see cref="Server"/>.</summary>
    public BuiltSite Site => _site ?? throw NotStarted();

    /// <summary>The build for opening from disk (ForDisk = true).</summary>
    public BuiltSite DiskSite => _diskSite ?? throw NotStarted();

    public StaticFileServer Server => _server ?? throw NotStarted();

    public IBrowser Browser => _browser ?? throw NotStarted();

    /// <summary>site.yaml's quick_exit.url.</summary>
    public Uri QuickExitUrl => new(Config.QuickExit.Url);

    /// <summary>Every page of the normal build, at its served address.</summary>
    public IReadOnlyList<SitePage> Pages => [.. Site.Pages.Select(p => new SitePage(p, Server.Url(BuiltSite.SitePath(p, Config.BasePath))))];

    /// <summary>Every index.html of the for-disk build, at its file:// address.</summary>
    public IReadOnlyList<SitePage> DiskPages => [.. DiskSite.IndexPages.Select(p => new SitePage(p, DiskSite.FileUrl(p)))];

    /// <summary>The served home page.</summary>
    public SitePage Home => Pages.Single(p => p.File == "index.html");

    /// <summary>
    /// A content page two folders deep (a page in a section, such as /help/is-this-ok/), the
    /// kind of page a reader lands on from a search engine.
    /// </summary>
    public SitePage ContentPage => Pages.First(p => p.File.Count(c => c == '/') == 2);

    /// <summary>
    /// The page with the most to read (the longest text in its main landmark), found in the built
    /// files rather than named, so it follows the content: the page a reader scrolls furthest down.
    /// </summary>
    public SitePage LongestPage => _longestPage ??= FindLongestPage();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests need Chromium at {ChromiumPath}, and it is not there. Install Debian's Chromium headless shell: apt-get install -y chromium-headless-shell");
        }

        RepositoryFolder = RepositoryRoot.Find();
        var diagnostics = new DiagnosticBag();
        _config = SiteConfigLoader.Load(Path.Combine(RepositoryFolder, "site.yaml"), "site.yaml", diagnostics);
        Assert.True(_config is not null && !diagnostics.HasErrors,
            "site.yaml could not be read:" + Environment.NewLine + string.Join(Environment.NewLine, diagnostics.Items));

        _temporaryFolder = Directory.CreateTempSubdirectory("sitegen-browser-tests-").FullName;
        var builds = await Task.WhenAll(
            Task.Run(() => BuiltSite.Build(RepositoryFolder, Path.Combine(_temporaryFolder, "site"), forDisk: false)),
            Task.Run(() => BuiltSite.Build(RepositoryFolder, Path.Combine(_temporaryFolder, "disk"), forDisk: true)));
        (_site, _diskSite) = (builds[0], builds[1]);

        _server = StaticFileServer.Start(_site.OutputPath, _config!.BasePath, SecurityHeaders);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>Opens <paramref name="page"/> in a fresh context and waits for it to load.</summary>
    public Task<PageSession> OpenAsync(SitePage page, BrowserNewContextOptions? options = null) => OpenAsync(page.Url, options);

    /// <summary>Opens <paramref name="url"/> in a fresh context and waits for it to load.</summary>
    public async Task<PageSession> OpenAsync(Uri url, BrowserNewContextOptions? options = null)
    {
        var session = await PageSession.OpenAsync(Browser, options);
        try
        {
            await session.GotoAsync(url);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="check"/> on every page, a few at once. Each worker has its own fresh
    /// context and page and moves it from page to page (opening a new browser page for each is
    /// several times slower); with <paramref name="isolated"/> every page gets a fresh context
    /// of its own, for checks that must not see what an earlier page left behind. Errors and
    /// requests recorded by the session are those of the current page only. A page that cannot
    /// be opened or checked is recorded as a failure of that page.
    /// </summary>
    public async Task ForEachPageAsync(IEnumerable<SitePage> pages, PageFailures failures, Func<SitePage, PageSession, Task> check,
        BrowserNewContextOptions? options = null, bool isolated = false)
    {
        var queue = new ConcurrentQueue<SitePage>(pages);
        Assert.False(queue.IsEmpty, "There are no pages to check.");
        var workers = Enumerable.Range(0, Math.Min(Parallelism, queue.Count)).Select(async _ =>
        {
            PageSession? session = null;
            try
            {
                while (queue.TryDequeue(out var page))
                {
                    if (isolated && session is not null)
                    {
                        await session.DisposeAsync();
                        session = null;
                    }

                    session ??= await PageSession.OpenAsync(Browser, options);
                    session.ClearRecords();
                    try
                    {
                        await session.GotoAsync(page.Url);
                        await check(page, session);
                    }
                    catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException)
                    {
                        failures.Add(page, $"could not be checked: {e.Message}");
                    }
                }
            }
            finally
            {
                if (session is not null)
                {
                    await session.DisposeAsync();
                }
            }
        });
        await Task.WhenAll(workers);
    }

    /// <summary>
    /// Every page opened once, in its own fresh context, scrolled to its end and left until the
    /// network is idle, with what it asked for, logged and stored; shared by the tests that
    /// only look at that (so the site is loaded once for all of them).
    /// </summary>
    public Task<IReadOnlyDictionary<SitePage, PageLoadReport>> LoadReports => _loadReports ??= LoadEveryPageAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_temporaryFolder is not null && Directory.Exists(_temporaryFolder))
        {
            Directory.Delete(_temporaryFolder, recursive: true);
        }
    }

    private async Task<IReadOnlyDictionary<SitePage, PageLoadReport>> LoadEveryPageAsync()
    {
        var reports = new ConcurrentDictionary<SitePage, PageLoadReport>();
        var failures = new PageFailures();
        await ForEachPageAsync(Pages, failures, async (page, session) =>
        {
            await session.Page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
            await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var stored = await session.Page.EvaluateAsync<string[]>("""
                () => [
                  ...(document.cookie ? ['document.cookie: ' + document.cookie] : []),
                  ...Object.keys(localStorage).map(k => 'localStorage: ' + k),
                  ...Object.keys(sessionStorage).map(k => 'sessionStorage: ' + k),
                ]
                """);
            var cookies = (await session.Context.CookiesAsync()).Select(c => $"cookie {c.Name} for {c.Domain}");
            reports[page] = new PageLoadReport(session.ExternalRequests, session.Errors, [.. stored, .. cookies]);
        }, isolated: true);
        failures.AssertNone("Pages could not be loaded");
        return reports;
    }

    private SitePage FindLongestPage()
    {
        var parser = new HtmlParser();
        return Pages.Where(p => p.File != "404.html")
            .MaxBy(p =>
            {
                using var document = parser.ParseDocument(File.ReadAllText(Path.Combine(Site.OutputPath, p.File)));
                return document.QuerySelector("main")?.TextContent.Length ?? 0;
            })!;
    }

    private static InvalidOperationException NotStarted() => new("The browser fixture has not been initialised.");
}
