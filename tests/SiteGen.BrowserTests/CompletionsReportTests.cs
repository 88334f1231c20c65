using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.Tests.Completions;

namespace SiteGen.BrowserTests;

/// <summary>
/// The board's report.html as a board member gets it: opened from disk in a real browser, it
/// must meet WCAG 2.2 AA, load with no error and no Content-Security-Policy violation (its one
/// style is allowed by its hash), and print on A4 with no table row split across pages.
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

        var axe = await session.Page.RunAxe(AxeChecks.WcagAA);
        Assert.NotEmpty(axe.Passes);
        Assert.True(axe.Violations.Length == 0, "axe found WCAG 2.2 AA violations:\n" + string.Join('\n', AxeChecks.Describe(axe)));

        // A blocked style would be a console error ("Refused to apply inline style…") and leave the page unstyled.
        Assert.Empty(session.Errors);
        Assert.Empty(session.ExternalRequests);
        Assert.Equal("collapse", await session.Page.EvalOnSelectorAsync<string>("table", "t => getComputedStyle(t).borderCollapse"));

        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal("avoid", await session.Page.EvalOnSelectorAsync<string>("tbody tr", "r => getComputedStyle(r).breakInside"));
        Assert.Equal("table-header-group", await session.Page.EvalOnSelectorAsync<string>("thead", "h => getComputedStyle(h).display"));
        var pdf = await session.Page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }
}
