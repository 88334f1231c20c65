namespace SiteGen.BrowserTests;

/// <summary>axe-core's WCAG 2.2 AA rules on every page of the built site.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{

    [Fact]
    public async Task Every_page_has_no_axe_violations_of_WCAG_2_2_AA()
    {
        var failures = new PageFailures();
        await browser.ForEachPageAsync(browser.Pages, failures, async (page, session) =>
        {
            var result = await AxeChecks.RunAsync(session.Page);
            if (result.Passes.Length == 0 && result.Violations.Length == 0)
            {
                failures.Add(page, "axe ran no rules at all (wrong tags, or axe was not injected)");
            }

            failures.AddRange(page, AxeChecks.Describe(result));
        });

        failures.AssertNone("axe found WCAG 2.2 AA violations");
    }
}
