using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// A mistyped or out-of-date address, however deep, gets the site's own "Page not found" page,
/// styled, with its exit button and help block working (the web host serves 404.html there).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotFoundTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_unknown_address_deep_in_the_site_shows_the_styled_not_found_page()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        var address = browser.Server.Url(browser.Config.BasePath + "no/such/section/page/");

        var response = await session.Page.GotoAsync(address.AbsoluteUri);

        Assert.Equal(404, response?.Status);
        Assert.True(await session.Page.Locator("main h1").IsVisibleAsync(), "The not-found page shows no heading.");
        var background = await session.Page.GetByRole(AriaRole.Banner).EvaluateAsync<string>("h => getComputedStyle(h).backgroundColor");
        Assert.True(background != "rgba(0, 0, 0, 0)", "At a deep unknown address the not-found page is unstyled: its stylesheet address is relative.");
        var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
        await (await QuickExitTests.ExitButtonAsync(session.Page)).ClickAsync();
        await stub.WaitForExitAsync(session.Page, TimeSpan.FromSeconds(10));

        // The document's own 404 is expected; anything else (a missing stylesheet or script) is not.
        var errors = session.Errors.Where(e => !e.Contains($"(at {address.AbsoluteUri}", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, "The not-found page logged errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }
}
