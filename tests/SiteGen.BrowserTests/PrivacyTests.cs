namespace SiteGen.BrowserTests;

/// <summary>
/// A child reading these pages must leave no trace elsewhere: no page may fetch anything from
/// another host (which would tell that host, and anyone watching the network, what is being
/// read), and no page may store anything in the browser, except that a staff training module's
/// page keeps the learner's progress in that tab. Every page must also load cleanly.
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
    public async Task Reading_every_page_leaves_no_cookies_and_nothing_in_browser_storage_but_a_modules_progress_in_the_tab()
    {
        var failures = new PageFailures();
        var modulePages = 0;
        foreach (var (page, report) in await browser.LoadReports)
        {
            var module = TrainingModuleOf(page);
            modulePages += module is null ? 0 : 1;
            failures.AddRange(page, report.Stored.Where(stored => stored != $"sessionStorage: sitegen.training.{module}"));
        }

        failures.AssertNone("Pages stored something in the browser");
        Assert.True(modulePages > 0, "No module pages were read, so the exception above was never tried.");
    }

    // The module a page belongs to, when it is one of a module's pages after its start page.
    private string? TrainingModuleOf(SitePage page)
    {
        var html = File.ReadAllText(Path.Combine(browser.Site.OutputPath, page.File));
        var marker = System.Text.RegularExpressions.Regex.Match(html, "data-training-module=\"([a-z0-9-]+)\"[^>]*data-training-page=");
        return marker.Success ? marker.Groups[1].Value : null;
    }
}
