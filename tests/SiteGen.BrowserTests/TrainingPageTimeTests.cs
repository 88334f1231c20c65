using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SiteGen.Cli;
using SiteGen.Tests.Completions;
using static SiteGen.BrowserTests.BrowserStorage;

namespace SiteGen.BrowserTests;

/// <summary>
/// The time a learner spends on each page of a training module, as the completion record keeps
/// it (components/training-module/page-timer.js), and the record's file name. Time is moved on
/// with Playwright's clock, which fakes Date, performance.now and the timers: a page "read for
/// two minutes" takes no real time, and the counts do not depend on how busy the machine is
/// (the little real time that passes as the test works the page is allowed for above the
/// lower bounds).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TrainingPageTimeTests(BrowserFixture browser) : IDisposable
{
    /// <summary>Seconds of real time a page may add while the test works it, on a slow, busy machine.</summary>
    private const int Slack = 120;

    private const string ProgressKey = "sitegen.training." + TrainingLearner.ModuleId;
    private const string SignsFile = "training/level-1/signs/index.html";
    private const string SignsPath = "training/level-1/signs/";

    /// <summary>A name with an accent, an apostrophe, a hyphen and a space.</summary>
    private static readonly TrainingLearner.Details Zoe = new("Zoë O'Brien-Smith", "Northfield Primary School", "Teacher", "NPS-0177", null);

    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-page-time-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_record_keeps_the_time_each_page_was_in_view_and_its_file_is_named_for_the_learner()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, TrainingLearner.ContextOptions());
        var page = session.Page;
        await session.Context.Clock.InstallAsync();
        await session.GotoAsync(TrainingLearner.StartUrl(browser));

        await TrainingLearner.ReadEveryPageAsync(page, onPage: async number =>
        {
            switch (number)
            {
                case 1: // read for two minutes
                    await session.Context.Clock.FastForwardAsync("02:00");
                    break;
                case 2: // a minute, half an hour in another tab (not counted), another minute
                    await session.Context.Clock.FastForwardAsync("01:00");
                    await SetHiddenAsync(page, true);
                    await session.Context.Clock.FastForwardAsync("30:00");
                    await SetHiddenAsync(page, false);
                    await session.Context.Clock.FastForwardAsync("01:00");
                    break;
                case 3: // left open for 25 minutes without a key, a click or a scroll: 10 count
                    await session.Context.Clock.FastForwardAsync("25:00");
                    break;
                case 4: // 8 minutes, a key, 8 more: input keeps it counting past 10
                    await session.Context.Clock.FastForwardAsync("08:00");
                    await page.Keyboard.PressAsync("ArrowDown");
                    await session.Context.Clock.FastForwardAsync("08:00");
                    break;
                default: // opened and left straight away
                    break;
            }
        });

        // The quiz page counts too: three minutes before answering.
        await TrainingLearner.FollowByKeyboardAsync(page, page.Locator(".training-module__page:last-child .training-module__link"));
        await TrainingLearner.WaitForModuleScriptAsync(page);
        await session.Context.Clock.FastForwardAsync("03:00");
        await TrainingLearner.AnswerQuizAsync(page);
        await TrainingLearner.FollowCertificateLinkAsync(page);
        await TrainingLearner.FillDetailsAsync(page, Zoe);
        await TrainingLearner.SubmitDetailsAsync(page);
        var download = await TrainingLearner.DownloadAsync(page);
        var records = Path.Combine(_folder, "records");
        Directory.CreateDirectory(records);
        var path = Path.Combine(records, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var text = await File.ReadAllTextAsync(path);
        var record = Json(text);

        // The file: module, the learner's name as a slug, the date on the certificate.
        var completedOn = LondonDate(record.GetProperty("completed").GetString()!);
        Assert.Equal("zoe-o-brien-smith", await page.EvaluateAsync<string>("n => window.SiteGenTraining.nameSlug(n)", Zoe.Name));
        Assert.Equal($"completion-level-1-zoe-o-brien-smith-{completedOn:yyyy-MM-dd}.json", download.SuggestedFilename);
        Assert.Equal(Zoe.Name, record.GetProperty("learner").GetProperty("name").GetString());

        // pages: every page, in the order opened, with the seconds it was in view.
        var data = Json(await page.EvaluateAsync<string>($"() => JSON.stringify(window.SiteGenModules['{TrainingLearner.ModuleId}'])"));
        var paths = data.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("path").GetString()!).ToList();
        Assert.Equal(6, paths.Count);
        var pages = record.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(paths, pages.Select(p => p.GetProperty("path").GetString()!));
        var seconds = pages.Select(p => p.GetProperty("seconds").GetInt32()).ToList();
        var said = record.GetProperty("pages").GetRawText();
        Assert.True(seconds[0] is >= 110 and <= 120 + Slack, $"two minutes in view: {said}");
        Assert.True(seconds[1] is >= 110 and <= 120 + Slack, $"two minutes in view and half an hour hidden: {said}");
        Assert.True(seconds[2] is >= 600 and <= 600 + Slack, $"25 minutes with no input, 10 counted: {said}");
        Assert.True(seconds[3] is >= 950 and <= 960 + Slack, $"8 minutes, a key, 8 minutes: {said}");
        Assert.True(seconds[4] is >= 0 and <= Slack, $"opened and left: {said}");
        Assert.True(seconds[5] >= 170, $"the quiz page, three minutes before answering: {said}");

        // The checksum covers pages: the browser's checksum of what it saved matches, and
        // sitegen completions report accepts the record; with a page's seconds changed, it does not.
        Assert.Equal(record.GetProperty("checksum").GetString(),
            await page.EvaluateAsync<string>("r => window.SiteGenTraining.checksum(JSON.parse(r))", text));
        var (code, output, log) = Report(records, completedOn);
        Assert.True(code == 0, $"exit {code}\n{log}");
        Assert.Empty(CsvFile.Read(Path.Combine(output, "rejected.csv")));
        Assert.Equal(Zoe.Name, Assert.Single(CsvFile.Read(Path.Combine(output, "completions.csv")))["name"]);

        var edited = JsonNode.Parse(text)!;
        edited["pages"]![0]!["seconds"] = 3600;
        var tampered = Path.Combine(_folder, "tampered");
        Directory.CreateDirectory(tampered);
        await File.WriteAllTextAsync(Path.Combine(tampered, download.SuggestedFilename), edited.ToJsonString());
        (code, output, log) = Report(tampered, completedOn);
        Assert.True(code == 1, $"exit {code}\n{log}");
        Assert.Contains("checksum does not match", Assert.Single(CsvFile.Read(Path.Combine(output, "rejected.csv")))["reason"], StringComparison.Ordinal);

        Assert.Empty(session.Errors);
        Assert.Empty(session.ExternalRequests);
    }

    [Fact]
    public async Task Time_on_a_page_is_kept_with_the_progress_and_not_written_back_once_the_progress_is_cleared()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, TrainingLearner.ContextOptions());
        var page = session.Page;
        var clock = session.Context.Clock;
        await clock.InstallAsync();

        // A minute on a page: kept in the tab, with the rest of the progress.
        await session.GotoAsync(TrainingLearner.PageUrl(browser, SignsFile));
        await TrainingLearner.WaitForModuleScriptAsync(page);
        await clock.FastForwardAsync("01:00");
        await session.GotoAsync(TrainingLearner.StartUrl(browser));
        var kept = Milliseconds(await StoredAsync(page, "sessionStorage", ProgressKey));
        Assert.True(kept >= 60_000, $"a minute on the page kept {kept} ms");

        // Remembered: it moves to localStorage with the rest.
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Remember my progress on this device" }).CheckAsync();
        Assert.Equal(kept, Milliseconds(await StoredAsync(page, "localStorage", ProgressKey)));
        Assert.Null(await StoredAsync(page, "sessionStorage", ProgressKey));

        // The page open in another tab, counting, when the progress is cleared in this one: the
        // other tab does not write its minute back when it is left.
        var tab = await session.Context.NewPageAsync();
        await tab.GotoAsync(TrainingLearner.PageUrl(browser, SignsFile).AbsoluteUri);
        await TrainingLearner.WaitForModuleScriptAsync(tab);
        await clock.FastForwardAsync("01:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear my progress" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-training-cleared]")).ToHaveTextAsync("Your progress on this module has been cleared.");
        await clock.FastForwardAsync("01:00");
        await tab.GotoAsync(browser.Home.Url.AbsoluteUri);
        foreach (var storage in new[] { "localStorage", "sessionStorage" })
        {
            Assert.Null(await StoredAsync(tab, storage, ProgressKey));
        }

        Assert.Null(await StoredAsync(page, "localStorage", ProgressKey));
        await tab.CloseAsync();
        Assert.Empty(session.Errors);
    }

    // ---- Helpers -------------------------------------------------------------------------

    /// <summary>Makes the page look hidden (or visible again) to its scripts, as switching tabs does.</summary>
    private static Task SetHiddenAsync(IPage page, bool hidden) => page.EvaluateAsync("""
        hidden => {
          if (hidden) {
            Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
            Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
          } else {
            delete document.visibilityState;
            delete document.hidden;
          }
          document.dispatchEvent(new Event('visibilitychange'));
        }
        """, hidden);

    /// <summary>Runs sitegen completions report over <paramref name="records"/>: its exit code, output folder and what it said.</summary>
    private (int Code, string Output, string Log) Report(string records, DateOnly asOf)
    {
        var output = Path.Combine(_folder, "report-" + Path.GetFileName(records));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = SiteGenCommand.Run(["completions", "report", records, "--as-of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "--config", Path.Combine(browser.RepositoryFolder, "site.yaml"), "--out", output], stdout, stderr);
        return (code, output, $"{stdout}\n{stderr}");
    }

    /// <summary>The milliseconds the progress keeps for the signs page.</summary>
    private static long Milliseconds(string? progress) =>
        Json(progress).GetProperty("pageMilliseconds").GetProperty(SignsPath).GetInt64();

    /// <summary>The date in England of a toISOString time (the tests' browser runs in Europe/London).</summary>
    private static DateOnly LondonDate(string iso)
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture), london).DateTime);
    }
}
