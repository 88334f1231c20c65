using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// The example site is served with the headers docs/security-headers.md recommends
/// (<see cref="BrowserFixture.SecurityHeaders"/>), so every browser test runs under a strict
/// Content-Security-Policy sent as a header, not only the pages' own meta tag. These show the
/// header is really there and really enforced: what breaks it is refused and reported.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityHeadersTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_site_is_served_with_the_recommended_headers_and_the_browser_enforces_them()
    {
        await using var session = await browser.OpenAsync(browser.ContentPage);
        var page = session.Page;
        var response = await page.ReloadAsync();
        var headers = await response!.AllHeadersAsync();
        foreach (var (name, value) in BrowserFixture.SecurityHeaders)
        {
            Assert.Equal(value, headers[name.ToLowerInvariant()]);
        }

        // What a hostile edit would try: an inline script and an inline style. Both are refused.
        var violations = await page.EvaluateAsync<string[]>("""
            () => new Promise(done => {
              const seen = [];
              document.addEventListener('securitypolicyviolation', e => seen.push(e.violatedDirective));
              const script = document.createElement('script');
              script.textContent = 'window.ranInline = true';
              document.body.appendChild(script);
              const style = document.createElement('style');
              style.textContent = 'body { background: red }';
              document.head.appendChild(style);
              setTimeout(() => done(seen), 0);
            })
            """);
        Assert.False(await page.EvaluateAsync<bool>("() => window.ranInline === true"));
        Assert.Contains(violations, v => v.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("style-src", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_site_cannot_be_framed_by_another_page()
    {
        await using var session = await browser.OpenAsync(browser.Home);
        var page = session.Page;
        var blocked = page.WaitForConsoleMessageAsync(new() { Predicate = m => m.Text.Contains("frame-ancestors", StringComparison.Ordinal) });
        await page.SetContentAsync($"<iframe src=\"{browser.ContentPage.Url}\" title=\"framed\"></iframe>");
        await blocked; // the browser refuses to show the page in a frame (clickjacking)
    }
}
