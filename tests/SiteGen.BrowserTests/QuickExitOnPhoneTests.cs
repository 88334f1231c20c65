using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// "Exit this page" stays within reach however far down a page the reader has scrolled: on a
/// phone held in portrait, with no keyboard (so no Shift pressed three times), and on a desktop.
/// It sticks to the top of the viewport, so it must never cover what has keyboard focus or what
/// a link to a #fragment scrolls to (WCAG 2.4.11 Focus not obscured). Each test runs on the
/// site's longest page, the one scrolled furthest.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QuickExitOnPhoneTests(BrowserFixture browser)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>Scrolls to the very end of the page; true once it is there (polled, so a page that grows is followed).</summary>
    private const string ScrollToEnd = """
        () => {
          const end = document.documentElement.scrollHeight - window.innerHeight;
          if (window.scrollY < end - 1) window.scrollTo(0, end);
          return end > 0 && window.scrollY >= end - 1;
        }
        """;

    /// <summary>Null when the button is wholly inside the viewport and is what a tap at its centre lands on; otherwise why not.</summary>
    private const string OnScreenAndOnTop = "button => { " + Focus.DescribeFunction + """
          const r = button.getBoundingClientRect();
          const where = `${Math.round(r.width)}x${Math.round(r.height)}px at ${Math.round(r.left)},${Math.round(r.top)} ` +
            `in a ${innerWidth}x${innerHeight}px viewport scrolled to ${Math.round(scrollY)}px`;
          if (r.width < 24 || r.height < 24 || r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) {
            return `it is not wholly on screen: ${where}`;
          }
          const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
          return hit === button || button.contains(hit) ? null : `a tap at its centre lands on ${describe(hit)}, not on it (${where})`;
        }
        """;

    /// <summary>How far down the document the button starts, before any scrolling: past this, only sticking keeps it on screen.</summary>
    private const string ButtonTopInDocument = "() => document.querySelector('.exit-this-page__button').getBoundingClientRect().top + window.scrollY";

    /// <summary>True when the "Exit this page" button is wholly inside the viewport.</summary>
    private const string ButtonOnScreen = """
        () => {
          const r = document.querySelector('.exit-this-page__button').getBoundingClientRect();
          return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
        }
        """;

    /// <summary>
    /// Why the focused element is hidden or under the bar (null when it is not), how far the page
    /// is scrolled, and whether the button is on screen.
    /// </summary>
    private const string CheckFocus = "() => { const obscured = " + Focus.Obscured + "; const under = " + Focus.UnderExitThisPage +
        "; const onScreen = " + ButtonOnScreen + "; return { problem: obscured() || under(), scrollY: window.scrollY, buttonOnScreen: onScreen() }; }";

    [Theory]
    [MemberData(nameof(Screens.Both), MemberType = typeof(Screens))]
    public async Task At_the_end_of_the_longest_page_Exit_this_page_is_on_screen_and_one_tap_exits(string screen)
    {
        var longest = browser.LongestPage;
        await using var session = await browser.OpenAsync(browser.Home, Screens.Options(screen));
        var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
        await session.GotoAsync(longest.Url);
        var page = session.Page;
        var history = await QuickExitTests.HistoryLengthAsync(page);
        var buttonTop = await page.EvaluateAsync<double>(ButtonTopInDocument);

        await page.WaitForFunctionAsync(ScrollToEnd, null, new PageWaitForFunctionOptions { Timeout = (float)Wait.TotalMilliseconds });
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        Assert.True(scrolled > buttonTop + page.ViewportSize!.Height,
            $"{longest} is too short to test: scrolled to its end, it is only {scrolled:0}px down, and Exit this page starts {buttonTop:0}px down.");

        var button = await QuickExitTests.ExitButtonAsync(page);
        var problem = await button.EvaluateAsync<string?>(OnScreenAndOnTop);
        Assert.True(problem is null, $"At the end of {longest} on a {screen}, Exit this page is out of reach: {problem}.");

        if (screen == Screens.Phone)
        {
            await button.TapAsync();
        }
        else
        {
            await button.ClickAsync();
        }

        await QuickExitTests.AssertExitedAsync(session, stub, history);
    }

    [Theory]
    [MemberData(nameof(Screens.Both), MemberType = typeof(Screens))]
    public async Task Tabbing_down_the_longest_page_and_back_up_never_puts_focus_under_Exit_this_page(string screen)
    {
        var longest = browser.LongestPage;
        await using var session = await browser.OpenAsync(longest, Screens.Options(screen));
        var page = session.Page;
        await session.SettleAsync();
        var buttonTop = await page.EvaluateAsync<double>(ButtonTopInDocument);
        var stops = await page.EvaluateAsync<int>(Focus.Count);
        Assert.True(stops >= 10, $"{longest} has only {stops} Tab stops: the check cannot have run.");

        var problems = new List<string>();
        var checkedWhileStuck = new Dictionary<string, int> { ["Tab"] = 0, ["Shift+Tab"] = 0 };

        async Task StepAsync(string key, int step)
        {
            await page.Keyboard.PressAsync(key);
            if (session.IsLoading)
            {
                // Focus made the page load something (the search index): let it arrive first.
                await session.SettleAsync();
            }

            var result = await page.EvaluateAsync<FocusCheck>(CheckFocus);
            if (result.Problem is { } problem)
            {
                problems.Add($"{key} {step}: {problem}");
            }

            if (result.ScrollY > buttonTop && result.ButtonOnScreen)
            {
                // Scrolled past where the button starts, and it is still on screen: it is stuck.
                checkedWhileStuck[key]++;
            }
        }

        // Down the page from the top, the way a keyboard user reads it.
        for (var i = 1; i <= stops; i++)
        {
            await StepAsync("Tab", i);
        }

        // Back up from the last Tab stop: each element the browser brings into view comes in at the
        // top edge, just where the bar is stuck. This is what scroll-padding-top is for.
        await page.EvaluateAsync("() => { " + Focus.FocusableFunction + " focusable().at(-1).focus(); }");
        for (var i = 1; i <= stops; i++)
        {
            await StepAsync("Shift+Tab", i);
        }

        Assert.True(problems.Count == 0,
            $"On {longest} on a {screen}, focus went under Exit this page or out of sight (WCAG 2.4.11 Focus not obscured):" +
            Environment.NewLine + string.Join(Environment.NewLine, problems.Take(20)));
        Assert.True(checkedWhileStuck.Values.All(n => n > 0),
            $"On {longest} on a {screen}, Exit this page was never on screen while tabbing further down than where it starts " +
            $"(Tab stops checked with it stuck at the top: {string.Join(", ", checkedWhileStuck.Select(c => $"{c.Key} {c.Value}"))}).");
    }

    [Theory]
    [MemberData(nameof(Screens.Both), MemberType = typeof(Screens))]
    public async Task A_link_to_a_fragment_far_down_the_longest_page_shows_it_below_Exit_this_page(string screen)
    {
        var longest = browser.LongestPage;
        await using var session = await browser.OpenAsync(longest, Screens.Options(screen));
        var page = session.Page;
        var buttonTop = await page.EvaluateAsync<double>(ButtonTopInDocument);

        // A target half way down: something in main with an id and a box (a heading, a question).
        var id = await page.EvaluateAsync<string?>("""
            () => {
              const middle = document.documentElement.scrollHeight / 2;
              const targets = [...document.querySelectorAll('main [id]')]
                .filter(el => el.getClientRects().length > 0 && !el.matches('input, label, main'))
                .map(el => ({ id: el.id, distance: Math.abs(el.getBoundingClientRect().top + window.scrollY - middle) }))
                .sort((a, b) => a.distance - b.distance);
              return targets.length ? targets[0].id : null;
            }
            """);
        Assert.True(id is not null, $"{longest} has nothing in its main content with an id to link to.");

        await page.EvaluateAsync("id => { location.hash = id; }", id);
        await page.WaitForFunctionAsync("id => document.querySelector(':target') === document.getElementById(id)", id,
            new PageWaitForFunctionOptions { Timeout = (float)Wait.TotalMilliseconds });
        await session.SettleAsync();

        var landed = await page.EvaluateAsync<Landing>("""
            id => {
              const target = document.getElementById(id).getBoundingClientRect();
              const bar = document.querySelector('[data-module="exit-this-page"]').getBoundingClientRect();
              return { targetTop: target.top, barTop: bar.top, barBottom: bar.bottom, barLeft: bar.left, barRight: bar.right,
                       targetLeft: target.left, targetRight: target.right, scrollY: window.scrollY, viewportHeight: window.innerHeight };
            }
            """, id);
        Assert.True(landed.ScrollY > buttonTop,
            $"Following #{id} on {longest} scrolled only to {landed.ScrollY:0}px, not past Exit this page ({buttonTop:0}px): the check did not test the sticky bar.");
        Assert.True(await page.EvaluateAsync<bool>(ButtonOnScreen),
            $"Following #{id} on {longest} on a {screen} scrolled Exit this page off the screen.");
        var beside = landed.TargetRight <= landed.BarLeft || landed.TargetLeft >= landed.BarRight;
        Assert.True((beside || landed.TargetTop >= landed.BarBottom) && landed.TargetTop >= 0 && landed.TargetTop < landed.ViewportHeight,
            $"Following #{id} on {longest} on a {screen}, its top is {landed.TargetTop:0}px down the viewport, " +
            $"and Exit this page covers {landed.BarTop:0}px to {landed.BarBottom:0}px: the target should land below the bar.");
    }

    /// <summary>What <see cref="CheckFocus"/> returns.</summary>
    public sealed class FocusCheck
    {
        public string? Problem { get; set; }

        public double ScrollY { get; set; }

        public bool ButtonOnScreen { get; set; }
    }

    /// <summary>Where a #fragment target and the bar are after following a link to it.</summary>
    public sealed class Landing
    {
        public double TargetTop { get; set; }

        public double TargetLeft { get; set; }

        public double TargetRight { get; set; }

        public double BarTop { get; set; }

        public double BarBottom { get; set; }

        public double BarLeft { get; set; }

        public double BarRight { get; set; }

        public double ScrollY { get; set; }

        public double ViewportHeight { get; set; }
    }
}
