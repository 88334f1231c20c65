using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// A keyboard user's first two Tab stops on every page: the "Exit this page" skip link, then
/// "Skip to main content"; and no focused element ever hidden under the sticky exit button, on a
/// desktop (where it floats at the top right) and on a phone (a bar across the top).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture browser)
{
    private const int ViewportHeight = 720;

    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new ViewportSize { Width = 1280, Height = ViewportHeight } };

    [Fact]
    public async Task On_every_page_the_first_Tab_stop_is_Exit_this_page_and_the_second_Skip_to_main_content()
    {
        var failures = new PageFailures();
        await browser.ForEachPageAsync(browser.Pages, failures, async (page, session) =>
        {
            // In the page's own language: "Exit this page" on an English page, "Opuść tę stronę" on a Polish one.
            var words = await ThemeWords.OfAsync(session.Page);
            var exit = words["exit_this_page"];
            var skip = words["skip_to_main_content"];
            await session.Page.Keyboard.PressAsync("Tab");
            var first = await session.Page.EvaluateAsync<FocusedElement>(Focus.Describe);
            if (!first.IsFirstFocusable || !await IsFocusedAsync(session.Page, exit))
            {
                failures.Add(page, $"the first Tab stop is {first}, not the link \"{exit}\"");
            }
            else if (!first.IsShownIn(ViewportHeight))
            {
                failures.Add(page, $"\"{exit}\" is focused but not shown on screen: {first}");
            }

            await session.Page.Keyboard.PressAsync("Tab");
            var second = await session.Page.EvaluateAsync<FocusedElement>(Focus.Describe);
            if (!await IsFocusedAsync(session.Page, skip))
            {
                failures.Add(page, $"the second Tab stop is {second}, not the link \"{skip}\"");
            }
            else if (!second.IsShownIn(ViewportHeight))
            {
                failures.Add(page, $"\"{skip}\" is focused but not shown on screen: {second}");
            }
        }, Desktop);

        failures.AssertNone("Pages do not start with the two skip links");
    }

    [Theory]
    [MemberData(nameof(Screens.Both), MemberType = typeof(Screens))]
    public async Task Tabbing_through_every_page_never_hides_the_focused_element(string screen)
    {
        // WCAG 2.4.11 Focus not obscured: "Exit this page" is sticky, at the top right on wide
        // screens and across the top on small ones, over the content scrolling beneath it.
        var options = screen == Screens.Desktop ? Desktop : Screens.Options(screen);
        var failures = new PageFailures();
        await browser.ForEachPageAsync(browser.Pages, failures, async (page, session) =>
        {
            await session.SettleAsync();
            var stops = await session.Page.EvaluateAsync<int>(Focus.Count);
            if (stops < 3)
            {
                failures.Add(page, $"only {stops} Tab stops were found: the check cannot have run");
            }

            for (var i = 0; i < stops; i++)
            {
                await session.Page.Keyboard.PressAsync("Tab");
                if (await session.Page.EvaluateAsync<string?>(Focus.Hidden) is { } problem)
                {
                    failures.Add(page, $"Tab stop {i + 1}: {problem}");
                }

                if (session.IsLoading)
                {
                    // Focus made the page load something (the search index): let it arrive before the next key.
                    await session.SettleAsync();
                    stops = Math.Max(stops, await session.Page.EvaluateAsync<int>(Focus.Count));
                }
            }
        }, options);

        failures.AssertNone($"Focused elements are hidden while tabbing on a {screen} (WCAG 2.4.11 Focus not obscured)");
    }

    /// <summary>True when the focused element is a link named exactly <paramref name="name"/>.</summary>
    internal static Task<bool> IsFocusedAsync(IPage page, string name) =>
        page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = name, Exact = true })
            .EvaluateAllAsync<bool>("links => links.includes(document.activeElement)");
}
