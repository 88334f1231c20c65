using System.Text;
using Microsoft.Playwright;
using SiteGen.Tests.Completions;

namespace SiteGen.BrowserTests;

/// <summary>
/// The board's report.html as a board member gets it: opened from disk in a real browser, it
/// must meet WCAG 2.2 AA, load with no error and no Content-Security-Policy violation (its one
/// style is allowed by its hash), print on A4 with no table row split across pages or heading
/// left at a page foot, and read on a 320px screen without scrolling sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompletionsReportTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_boards_report_from_disk_meets_WCAG_2_2_AA_loads_cleanly_under_its_policy_and_prints_on_A4()
    {
        using var scenario = new CompletionsScenario();
        var report = new Uri(Path.Combine(scenario.Out, "report.html"));
        await using var session = await browser.OpenAsync(report);

        var axe = await AxeChecks.RunAsync(session.Page);
        Assert.NotEmpty(axe.Passes);
        Assert.True(axe.Violations.Length == 0, "axe found WCAG 2.2 AA violations:\n" + string.Join('\n', AxeChecks.Describe(axe)));

        // A blocked style would be a console error ("Refused to apply inline style…") and leave the page unstyled.
        Assert.Empty(session.Errors);
        Assert.Empty(session.ExternalRequests);
        Assert.Equal("collapse", await session.Page.EvalOnSelectorAsync<string>("table", "t => getComputedStyle(t).borderCollapse"));

        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal("avoid", await session.Page.EvalOnSelectorAsync<string>("tbody tr", "r => getComputedStyle(r).breakInside"));
        Assert.Equal("avoid", await session.Page.EvalOnSelectorAsync<string>("h2", "h => getComputedStyle(h).breakAfter"));
        Assert.Equal("avoid", await session.Page.EvalOnSelectorAsync<string>(".chart", "c => getComputedStyle(c).breakInside"));
        Assert.Equal("table-header-group", await session.Page.EvalOnSelectorAsync<string>("thead", "h => getComputedStyle(h).display"));
        var pdf = await session.Page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task On_a_320px_screen_the_report_does_not_scroll_sideways_its_wide_table_scrolls_in_place_and_chart_text_stays_legible()
    {
        using var scenario = new CompletionsScenario();
        var report = new Uri(Path.Combine(scenario.Out, "report.html"));
        await using var session = await browser.OpenAsync(report, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });
        var page = session.Page;

        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 320, "report.html scrolls sideways at 320px (WCAG 1.4.10 Reflow)");

        // The nine-column summary is wider than the screen: it scrolls inside its own region, which a keyboard user can reach and scroll.
        var summary = page.Locator(".table-wrap").First;
        Assert.True(await summary.EvaluateAsync<bool>("w => w.scrollWidth > w.clientWidth"), "the summary table was expected to be wider than a 320px screen");
        // The headline notes link down to the follow-up lists first; the summary region comes next in reading order.
        var linksBefore = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('a[href]')].filter(a => a.compareDocumentPosition(document.querySelector('.table-wrap')) & Node.DOCUMENT_POSITION_FOLLOWING).length");
        for (var i = 0; i <= linksBefore; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await summary.EvaluateAsync<bool>("w => w === document.activeElement"), $"Tab after the {linksBefore} links above it should reach the summary table's region");
        Assert.Equal("solid", await summary.EvaluateAsync<string>("w => getComputedStyle(w).outlineStyle"));
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.querySelector('.table-wrap').scrollLeft > 0");

        // Chart text is drawn at 16 units; shown smaller than its natural width it must still be at least 12px.
        var smallest = await page.EvaluateAsync<double>(
            "() => Math.min(...[...document.querySelectorAll('svg')].map(s => 16 * s.getBoundingClientRect().width / s.viewBox.baseVal.width))");
        Assert.True(smallest >= 12, $"chart text is {smallest:0.0}px at 320px wide");
    }
}
