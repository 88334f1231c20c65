using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// A training module packaged as SCORM 1.2 and taken in a test LMS (<see cref="ScormLms"/>: scorm-again's
/// run-time, the package in an iframe): what the package tells the LMS when a learner passes, fails,
/// and comes back another day; and that outside an LMS its pages work as on the site.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ScormTests(BrowserFixture browser, ScormLms lms) : IClassFixture<ScormLms>
{
    private const string PageLinks = ".training-module__page:not(:last-child) .training-module__link";
    private const string QuizLink = ".training-module__page:last-child .training-module__link";

    [Fact]
    public async Task A_learner_who_passes_is_recorded_as_passed_with_the_score_and_the_time_and_the_session_ends()
    {
        await using var session = await browser.OpenAsync(lms.LmsUrl);
        var (page, module) = await ModuleAsync(session);
        var started = await LmsAsync(page);
        Assert.Equal("incomplete", Set(started, "cmi.core.lesson_status"));
        Assert.Equal(lms.Launch, Set(started, "cmi.core.lesson_location"));
        Assert.Equal("LMSInitialize", started.GetProperty("calls")[0].GetString());

        // Every page read, each one the place the LMS would bring the learner back to.
        var pages = await module.Locator(PageLinks).EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.True(pages.Length >= 3, $"only {pages.Length} pages in the module");
        foreach (var href in pages)
        {
            await module.GotoAsync(href);
            await Assertions.Expect(module.Locator(".training-module-marker")).ToBeVisibleAsync();
            var expected = href[(href.IndexOf("/package/", StringComparison.Ordinal) + "/package/".Length)..];
            await page.WaitForFunctionAsync("path => window.lms.set['cmi.core.lesson_location'] === path", expected);
        }

        await module.GotoAsync(lms.PackageUrl(lms.Launch).AbsoluteUri);
        await module.Locator(QuizLink).ClickAsync();
        await Assertions.Expect(module.Locator(".quiz--enhanced")).ToBeVisibleAsync();
        await TrainingLearner.AnswerQuizAsync(module, page.Keyboard);
        await page.WaitForFunctionAsync("() => window.lms.calls.indexOf('LMSFinish') !== -1");

        var finished = await LmsAsync(page);
        Assert.Equal("passed", Set(finished, "cmi.core.lesson_status"));
        Assert.Equal("100", Set(finished, "cmi.core.score.raw"));
        Assert.Equal("0", Set(finished, "cmi.core.score.min"));
        Assert.Equal("100", Set(finished, "cmi.core.score.max"));
        Assert.Equal("", Set(finished, "cmi.core.exit"));
        Assert.Matches(SessionTime(), Set(finished, "cmi.core.session_time"));
        var calls = finished.GetProperty("calls").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal("LMSFinish", calls[^1]);
        Assert.Equal("LMSCommit", calls[^2]);
        var suspend = JsonDocument.Parse(Set(finished, "cmi.suspend_data")).RootElement;
        Assert.True(Set(finished, "cmi.suspend_data").Length <= 4096);
        Assert.Equal(pages.Length + 1, suspend.GetProperty("p").GetProperty("pagesRead").EnumerateObject().Count()); // and the start page

        var axe = await AxeChecks.RunAsync(page);
        Assert.True(axe.Violations.Length == 0, string.Join('\n', AxeChecks.Describe(axe)));
        Assert.Empty(session.Errors);
        Assert.Empty(session.ExternalRequests);
    }

    [Fact]
    public async Task A_failed_attempt_is_recorded_as_failed_and_the_session_stays_open_for_another_try()
    {
        await using var session = await browser.OpenAsync(lms.LmsUrl);
        var (page, module) = await ModuleAsync(session);
        await module.Locator(QuizLink).ClickAsync();
        await Assertions.Expect(module.Locator(".quiz--enhanced")).ToBeVisibleAsync();
        var (_, key) = await TrainingLearner.QuizAsync(module);
        await TrainingLearner.AnswerQuizAsync(module, page.Keyboard, wrong: [.. key.Keys.Take(3)]);
        await page.WaitForFunctionAsync("() => window.lms.set['cmi.core.lesson_status'] === 'failed'");

        var failed = await LmsAsync(page);
        Assert.InRange(int.Parse(Set(failed, "cmi.core.score.raw"), System.Globalization.CultureInfo.InvariantCulture), 0, 79); // the pass mark is 80
        Assert.Equal("suspend", Set(failed, "cmi.core.exit"));
        Assert.DoesNotContain("LMSFinish", failed.GetProperty("calls").EnumerateArray().Select(c => c.GetString()));
        Assert.Empty(session.Errors);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // progress kept in localStorage once the learner asks to be remembered: the LMS still gets it
    public async Task A_learner_who_comes_back_another_day_is_offered_the_page_they_were_on_with_their_progress(bool remembered)
    {
        await using var session = await browser.OpenAsync(lms.LmsUrl);
        var (page, module) = await ModuleAsync(session);
        if (remembered)
        {
            var remember = module.GetByRole(AriaRole.Checkbox, new() { Name = "Remember my progress on this device" });
            await remember.CheckAsync();
            await Assertions.Expect(remember).ToBeCheckedAsync();
        }

        var pages = await module.Locator(PageLinks).EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        await module.GotoAsync(pages[0]);
        await Assertions.Expect(module.Locator(".training-module-marker")).ToBeVisibleAsync();
        await module.GotoAsync(pages[1]);
        await Assertions.Expect(module.Locator(".training-module-marker")).ToBeVisibleAsync();
        var there = pages[1][(pages[1].IndexOf("/package/", StringComparison.Ordinal) + "/package/".Length)..];
        await page.WaitForFunctionAsync("path => window.lms.set['cmi.core.lesson_location'] === path", there);
        var pathOnSite = new Uri(pages[1]).AbsolutePath.Replace("/package/", "", StringComparison.Ordinal).Replace("index.html", "", StringComparison.Ordinal);
        await page.WaitForFunctionAsync("path => (JSON.parse(window.localStorage.getItem('lms.kept') || '{}')['cmi.suspend_data'] || '').indexOf(path) !== -1", pathOnSite);
        var kept = await page.EvaluateAsync<string>("() => window.localStorage.getItem('lms.kept')");

        // Another day, another browser: only the LMS has kept what the package sent it.
        await using var nextDay = await PageSession.OpenAsync(browser.Browser);
        await nextDay.Context.AddInitScriptAsync($$"""
            if (window.location.pathname === '/lms.html' && !window.sessionStorage.getItem('lms.seeded')) {
              window.localStorage.setItem('lms.kept', {{JsonSerializer.Serialize(kept)}});
              window.sessionStorage.setItem('lms.seeded', 'yes');
            }
            """);
        await nextDay.GotoAsync(lms.LmsUrl);
        page = nextDay.Page;
        module = page.Frame("sco")!;
        var back = module.GetByRole(AriaRole.Link, new() { NameRegex = CarryOn() });
        await Assertions.Expect(back).ToBeVisibleAsync();
        Assert.EndsWith(there, await back.EvaluateAsync<string>("a => a.href"), StringComparison.Ordinal);
        await Assertions.Expect(module.Locator(".training-module__page--done")).ToHaveCountAsync(2);
        var axe = await AxeChecks.RunAsync(page);
        Assert.True(axe.Violations.Length == 0, string.Join('\n', AxeChecks.Describe(axe)));

        await back.ClickAsync();
        await Assertions.Expect(module.Locator(".training-module-marker")).ToBeVisibleAsync();
        Assert.EndsWith(there, module.Url, StringComparison.Ordinal);
        Assert.Empty(session.Errors);
        Assert.Empty(nextDay.Errors);
    }

    [Fact]
    public async Task Outside_an_LMS_the_packaged_pages_work_as_on_the_site()
    {
        await using var session = await browser.OpenAsync(lms.PackageUrl(lms.Launch));
        var page = session.Page;
        await Assertions.Expect(page.Locator(".training-module--enhanced")).ToBeVisibleAsync();
        await page.Locator(QuizLink).ClickAsync();
        await Assertions.Expect(page.Locator(".quiz--enhanced")).ToBeVisibleAsync();
        await TrainingLearner.AnswerQuizAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Get your certificate", Exact = true })).ToBeVisibleAsync();
        Assert.Empty(session.Errors);
        Assert.Empty(session.ExternalRequests);
    }

    /// <summary>The LMS page and its module's frame, once the module's start page has started its scripts.</summary>
    private static async Task<(IPage Page, IFrame Module)> ModuleAsync(PageSession session)
    {
        var page = session.Page;
        var module = page.Frame("sco") ?? throw new InvalidOperationException("The LMS page has no frame named sco.");
        await Assertions.Expect(module.Locator(".training-module--enhanced")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => window.lms.calls.indexOf('LMSCommit') !== -1");
        return (page, module);
    }

    private static async Task<JsonElement> LmsAsync(IPage page) => await page.EvaluateAsync<JsonElement>("() => window.lms");

    private static string Set(JsonElement lms, string element) =>
        lms.GetProperty("set").TryGetProperty(element, out var value) ? value.GetString()! : throw new Xunit.Sdk.XunitException($"The package never set {element}.");

    [GeneratedRegex(@"^\d{4}:\d{2}:\d{2}(\.\d{1,2})?$")]
    private static partial Regex SessionTime();

    [GeneratedRegex("^Carry on from")]
    private static partial Regex CarryOn();
}
