using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>axe-core's WCAG 2.2 AA rules on every page of the built site.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        // wcag22aa switches on the WCAG 2.2 rules, target-size among them.
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        ResultTypes = [ResultType.Violations],
    };

    [Fact]
    public async Task Every_page_has_no_axe_violations_of_WCAG_2_2_AA()
    {
        var failures = new PageFailures();
        await browser.ForEachPageAsync(browser.Pages, failures, async (page, session) =>
        {
            var result = await session.Page.RunAxe(WcagAA);
            if (result.Passes.Length == 0 && result.Violations.Length == 0)
            {
                failures.Add(page, "axe ran no rules at all (wrong tags, or axe was not injected)");
            }

            foreach (var violation in result.Violations)
            {
                var targets = string.Join(" | ", violation.Nodes.Select(n => n.Target?.ToString()));
                failures.Add(page, $"{violation.Id} ({violation.Impact}): {violation.Help}. Elements: {targets}");
            }
        });

        failures.AssertNone("axe found WCAG 2.2 AA violations");
    }
}
