namespace SiteGen.BrowserTests;

/// <summary>
/// A child reading these pages must leave no trace elsewhere: no page may fetch anything from
/// another host (which would tell that host, and anyone watching the network, what is being
/// read), and no page may store anything in the browser. Every page must also load cleanly.
/// Each page is loaded once for these three tests (<see cref="BrowserFixture.LoadReports"/>).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrivacyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Every_page_loads_without_asking_another_host_for_anything()
    {
        var failures = new PageFailures();
        foreach (var (page, report) in await browser.LoadReports)
        {
            failures.AddRange(page, report.ExternalRequests.Distinct().Select(url => $"asked another host for {url}"));
        }

        failures.AssertNone("Pages asked another host for something (every such request was blocked)");
    }

    [Fact]
    public async Task Every_page_loads_without_console_errors_or_uncaught_exceptions()
    {
        var failures = new PageFailures();
        foreach (var (page, report) in await browser.LoadReports)
        {
            failures.AddRange(page, report.Errors);
        }

        failures.AssertNone("Pages logged errors");
    }

    [Fact]
    public async Task Reading_every_page_leaves_no_cookies_and_nothing_in_browser_storage()
    {
        var failures = new PageFailures();
        foreach (var (page, report) in await browser.LoadReports)
        {
            failures.AddRange(page, report.Stored);
        }

        failures.AssertNone("Pages stored something in the browser");
    }
}
