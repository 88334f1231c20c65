using Microsoft.Playwright;

namespace SiteGen.Bench;

/// <summary>
/// Headless Chromium for the search comparison: Debian's (<c>/usr/bin/chromium</c>), driven by
/// Playwright for .NET as the browser tests drive it (Playwright's own browser builds cannot be
/// downloaded here).
/// </summary>
internal sealed class SearchBrowser : IAsyncDisposable
{
    /// <summary>Debian's Chromium.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly IPlaywright _playwright;

    private SearchBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>Starts Chromium; throws <see cref="InvalidOperationException"/> saying why it cannot.</summary>
    public static async Task<SearchBrowser> Launch()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not at {ChromiumPath} (apt-get install chromium)");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            return new SearchBrowser(playwright, browser);
        }
        catch (PlaywrightException e)
        {
            playwright.Dispose();
            throw new InvalidOperationException($"Chromium did not start: {e.Message.Split('\n')[0]}", e);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
