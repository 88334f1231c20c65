using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// "Exit this page": a child who is being watched must be able to leave the site at once, by
/// the button, by Shift pressed three times, by the first Tab stop, with or without JavaScript.
/// The destination (site.yaml's quick_exit.url) is stubbed, so nothing leaves the machine.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class QuickExitTests(BrowserFixture browser)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>Time given to a wrong exit to start, before asserting that none happened.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(400);

    [Fact]
    public async Task Clicking_Exit_this_page_goes_to_the_quick_exit_address_and_Back_does_not_return()
    {
        await using var session = await browser.OpenAsync(browser.Home);
        var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
        await session.GotoAsync(browser.ContentPage.Url);
        var history = await HistoryLengthAsync(session.Page);

        await (await ExitButtonAsync(session.Page)).ClickAsync();

        await AssertExitedAsync(session, stub, history);
        await session.Page.GoBackAsync();
        Assert.True(PageSession.SameAddress(session.Page.Url, browser.Home.Url),
            $"Back from the quick exit should skip the page the reader left ({browser.ContentPage}) and go to the page before it ({browser.Home}), " +
            $"but went to {session.Page.Url}.");
    }

    [Fact]
    public async Task Exiting_blanks_the_page_at_once_while_the_next_page_loads()
    {
        await using var session = await browser.OpenAsync(browser.ContentPage);
        var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
        var page = session.Page;
        var title = await page.TitleAsync();
        var heading = await page.Locator("main h1").InnerTextAsync();

        // Playwright cannot look into a page while it is navigating away, so the page reports
        // what it shows itself, straight after the click's own handlers have run, while the
        // quick exit's destination is held back.
        var shown = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.ExposeFunctionAsync("reportWhatIsShown", (string state) => shown.TrySetResult(state));
        await page.EvaluateAsync(WhatIsShownAfterClick);
        stub.Hold();

        var click = (await ExitButtonAsync(page)).ClickAsync();
        string state;
        try
        {
            state = await shown.Task.WaitAsync(Wait);
            await stub.WaitForVisitAsync(Wait);
        }
        finally
        {
            stub.Release();
        }

        await click;
        await stub.WaitForExitAsync(page, Wait);
        using var shownJson = JsonDocument.Parse(state);
        var root = shownJson.RootElement;
        Assert.False(root.GetProperty("main").GetBoolean(), "While the quick exit loads, the page's main content is still shown.");
        Assert.False(root.GetProperty("header").GetBoolean(), "While the quick exit loads, the site's header is still shown.");
        Assert.True(root.GetProperty("focusable").GetInt32() == 0,
            $"While the quick exit loads, {root.GetProperty("focusable").GetInt32()} links or controls can still be reached with Tab.");
        var blankedTitle = root.GetProperty("title").GetString() ?? "";
        Assert.False(blankedTitle == title || blankedTitle.Contains(heading, StringComparison.OrdinalIgnoreCase),
            $"While the quick exit loads, the tab's title still says what the page was: \"{blankedTitle}\".");
    }

    [Fact]
    public async Task Pressing_Shift_three_times_goes_to_the_quick_exit_address()
    {
        await using var session = await browser.OpenAsync(browser.Home);
        var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
        await session.GotoAsync(browser.ContentPage.Url);
        var history = await HistoryLengthAsync(session.Page);

        for (var i = 0; i < 3; i++)
        {
            await session.Page.Keyboard.PressAsync("Shift");
        }

        await AssertExitedAsync(session, stub, history);
    }

    [Fact]
    public async Task Pressing_Shift_twice_stays_and_says_how_many_more_presses_will_exit()
    {
        await using var session = await browser.OpenAsync(browser.ContentPage);
        var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
        var page = session.Page;
        var liveRegions = LiveRegions(page);
        Assert.True(await liveRegions.CountAsync() > 0,
            "There is no live region in the page before Shift is pressed (one added together with its text is often not announced).");

        await page.Keyboard.PressAsync("Shift");
        await Assertions.Expect(liveRegions.Filter(new LocatorFilterOptions { HasTextRegex = TwoMore() }).First).ToBeAttachedAsync();
        await page.Keyboard.PressAsync("Shift");
        await Assertions.Expect(liveRegions.Filter(new LocatorFilterOptions { HasTextRegex = OneMore() }).First).ToBeAttachedAsync();

        await Task.Delay(Grace);
        Assert.Equal(0, stub.Visits);
        Assert.True(PageSession.SameAddress(page.Url, browser.ContentPage.Url), $"After Shift pressed twice the page went to {page.Url}.");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Typing_capital_letters_does_not_count_as_pressing_Shift()
    {
        await using var session = await browser.OpenAsync(browser.ContentPage);
        var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);

        // Typed into the site's search box when the page has one, as a reader would.
        var searchBox = session.Page.GetByRole(AriaRole.Searchbox).Filter(new LocatorFilterOptions { Visible = true }).First;
        var typingInSearch = await searchBox.CountAsync() > 0;
        if (typingInSearch)
        {
            await searchBox.FocusAsync();
        }

        // Capitals on their own, then a capital and two presses of Shift: only two presses of Shift alone.
        foreach (var key in new[] { "Shift+H", "Shift+I", "Shift+J", "Shift+K", "Shift", "Shift" })
        {
            await session.Page.Keyboard.PressAsync(key);
        }

        await Task.Delay(Grace);
        if (typingInSearch)
        {
            Assert.Equal("HIJK", await searchBox.InputValueAsync());
        }

        Assert.Equal(0, stub.Visits);
        Assert.True(PageSession.SameAddress(session.Page.Url, browser.ContentPage.Url), $"Typing capitals exited to {session.Page.Url}.");
    }

    [Fact]
    public async Task Shift_presses_more_than_five_seconds_apart_do_not_exit()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.Page.Clock.InstallAsync();
        await session.GotoAsync(browser.ContentPage.Url);
        var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
        var page = session.Page;

        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await Assertions.Expect(LiveRegions(page).Filter(new LocatorFilterOptions { HasTextRegex = OneMore() }).First).ToBeAttachedAsync();
        await page.Clock.FastForwardAsync(6_000);
        await Assertions.Expect(LiveRegions(page).Filter(new LocatorFilterOptions { HasTextRegex = OneMore() })).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("Shift");

        await Assertions.Expect(LiveRegions(page).Filter(new LocatorFilterOptions { HasTextRegex = TwoMore() }).First).ToBeAttachedAsync();
        await Task.Delay(Grace);
        Assert.Equal(0, stub.Visits);
    }

    [Fact]
    public async Task Tab_then_Enter_on_a_fresh_page_exits_through_the_first_Tab_stop()
    {
        await using var session = await browser.OpenAsync(browser.Home);
        var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
        await session.GotoAsync(browser.ContentPage.Url);
        var history = await HistoryLengthAsync(session.Page);

        await session.Page.Keyboard.PressAsync("Tab");
        var focused = await session.Page.EvaluateAsync<FocusedElement>(Focus.Describe);
        Assert.True(focused.IsFirstFocusable && await KeyboardTests.IsFocusedAsync(session.Page, "Exit this page"),
            $"The first Tab stop is {focused}, not the link \"Exit this page\".");
        await session.Page.Keyboard.PressAsync("Enter");

        await AssertExitedAsync(session, stub, history);
    }

    [Fact]
    public async Task Without_JavaScript_Exit_this_page_and_its_Tab_stop_are_plain_links_to_the_quick_exit_address()
    {
        var noScript = new BrowserNewContextOptions { JavaScriptEnabled = false };

        await using (var session = await browser.OpenAsync(browser.ContentPage, noScript))
        {
            var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
            var button = await ExitButtonAsync(session.Page);
            Assert.Equal(browser.QuickExitUrl, new Uri(await button.EvaluateAsync<string>("a => a.href")));

            await button.ClickAsync();

            await stub.WaitForExitAsync(session.Page, Wait);
            AssertNoReferrer(stub);
            Assert.Empty(session.ExternalRequests);
        }

        await using (var session = await browser.OpenAsync(browser.ContentPage, noScript))
        {
            var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
            await session.Page.Keyboard.PressAsync("Tab");
            Assert.True(await KeyboardTests.IsFocusedAsync(session.Page, "Exit this page"), "Without JavaScript the first Tab stop is not \"Exit this page\".");
            Assert.Equal(browser.QuickExitUrl, new Uri(await session.Page.EvaluateAsync<string>("() => document.activeElement.href")));

            await session.Page.Keyboard.PressAsync("Enter");

            await stub.WaitForExitAsync(session.Page, Wait);
            AssertNoReferrer(stub);
        }
    }

    /// <summary>
    /// The visible "Exit this page" button: a link whose name includes "Exit this page" and that
    /// is big enough to see (its skip-link twin is clipped to 1px until focused).
    /// </summary>
    internal static async Task<ILocator> ExitButtonAsync(IPage page)
    {
        var visible = new List<ILocator>();
        foreach (var link in await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Exit this page" }).AllAsync())
        {
            if (await link.BoundingBoxAsync() is { Width: >= 24, Height: >= 24 })
            {
                visible.Add(link);
            }
        }

        Assert.True(visible.Count > 0, $"{page.Url} has no visible link named \"Exit this page\".");
        return visible[0];
    }

    /// <summary>Reports, just after a click has been handled, what the page still shows.</summary>
    private const string WhatIsShownAfterClick = "() => { " + Focus.FocusableFunction + """
          document.addEventListener('click', () => setTimeout(() => {
            const shown = selector => [...document.querySelectorAll(selector)].some(el => el.checkVisibility());
            window.reportWhatIsShown(JSON.stringify({
              main: shown('main'), header: shown('header'), title: document.title, focusable: focusable().length,
            }));
          }, 0), true);
        }
        """;

    private static ILocator LiveRegions(IPage page) =>
        page.Locator("[aria-live=polite], [aria-live=assertive], [role=status], [role=alert]");

    internal static Task<int> HistoryLengthAsync(IPage page) => page.EvaluateAsync<int>("() => history.length");

    /// <summary>The quick exit happened: the page is at its address, by location.replace, and told it nothing.</summary>
    internal static async Task AssertExitedAsync(PageSession session, QuickExitStub stub, int historyBefore)
    {
        await stub.WaitForExitAsync(session.Page, Wait);
        var historyAfter = await HistoryLengthAsync(session.Page);
        Assert.True(historyAfter == historyBefore,
            $"The quick exit added a history entry ({historyBefore} before, {historyAfter} after), so Back returns to the site: use location.replace.");
        AssertNoReferrer(stub);
        Assert.Empty(session.ExternalRequests);
        Assert.Empty(session.Errors);
    }

    private static void AssertNoReferrer(QuickExitStub stub) =>
        Assert.True(stub.Referers.All(r => r is null),
            $"The quick exit told its destination which page the reader was on: Referer {string.Join(", ", stub.Referers)}.");

    [GeneratedRegex(@"\b2 more\b", RegexOptions.IgnoreCase)]
    private static partial Regex TwoMore();

    [GeneratedRegex(@"\b1 more\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneMore();
}
