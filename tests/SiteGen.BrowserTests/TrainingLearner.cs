using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// A learner taking a training module of the example site, step by step, as <see cref="TrainingTests"/>
/// does; and, in one call, the whole way to a downloaded completion record
/// (<see cref="DownloadCompletionRecordAsync"/>) for tests that need a real record to work on.
/// </summary>
public static class TrainingLearner
{
    /// <summary>The example site's first module.</summary>
    public const string ModuleId = "level-1";

    /// <summary>What a learner types on the certificate form.</summary>
    public sealed record Details(string Name, string Organisation, string Role, string? StaffId, string? Email);

    /// <summary>The learner these tests use unless told otherwise.</summary>
    public static readonly Details Sam = new("Sam Patel", "Northfield Primary School", "Teaching assistant", "NPS-0142", null);

    /// <summary>The quiz's confidence answers: before and after.</summary>
    public const int ConfidenceBefore = 2;

    public const int ConfidenceAfter = 4;

    /// <summary>
    /// Takes module <paramref name="moduleId"/> in a fresh browser context, from its start page (of the
    /// served site, or of the copy for disk with <paramref name="forDisk"/>): reads every page, passes
    /// the quiz with every answer right (confidence 2 before, 4 after), gives <paramref name="learner"/>'s
    /// details (default <see cref="Sam"/>) and downloads the completion record into
    /// <paramref name="folder"/>. Returns the saved file's full path; its name is the one the browser
    /// suggested, completion-MODULE-NAME-DATE.json (NAME the learner's name as a slug). The context uses the Europe/London time zone.
    /// </summary>
    public static async Task<string> DownloadCompletionRecordAsync(BrowserFixture browser, string folder,
        string moduleId = ModuleId, Details? learner = null, bool forDisk = false)
    {
        Directory.CreateDirectory(folder);
        await using var session = await PageSession.OpenAsync(browser.Browser, ContextOptions());
        var page = session.Page;

        // A learner reads each page for a few minutes: on the page's own clock, so the test waits
        // for nothing, and the record's time is one the report counts without asking. The clock
        // starts at today's 9:00 in London, so that the half hour it moves on never crosses
        // midnight (a run late in the evening made records dated tomorrow).
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, london).Date;
        await session.Context.Clock.InstallAsync(new() { TimeDate = new DateTimeOffset(today.AddHours(9), london.GetUtcOffset(today.AddHours(9))).UtcDateTime });
        await session.GotoAsync(StartUrl(browser, moduleId, forDisk));
        await ReadEveryPageAsync(page, onPage: _ => session.Context.Clock.FastForwardAsync("04:00"));
        await PassQuizAsync(page);
        await FollowCertificateLinkAsync(page);
        await FillDetailsAsync(page, learner ?? Sam);
        await SubmitDetailsAsync(page);
        var download = await DownloadAsync(page);
        var path = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }

    /// <summary>Like <see cref="DownloadCompletionRecordAsync"/>, and reads the record.</summary>
    public static async Task<JsonElement> DownloadCompletionRecordJsonAsync(BrowserFixture browser, string folder,
        string moduleId = ModuleId, Details? learner = null, bool forDisk = false)
    {
        var path = await DownloadCompletionRecordAsync(browser, folder, moduleId, learner, forDisk);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        return document.RootElement.Clone();
    }

    /// <summary>A fresh context as a learner in England has it.</summary>
    public static BrowserNewContextOptions ContextOptions() => new() { Locale = "en-GB", TimezoneId = "Europe/London", AcceptDownloads = true };

    /// <summary>The module's start page: its address on the served site or on disk.</summary>
    public static Uri StartUrl(BrowserFixture browser, string moduleId = ModuleId, bool forDisk = false) =>
        PageUrl(browser, $"training/{moduleId}/index.html", forDisk);

    public static Uri PageUrl(BrowserFixture browser, string file, bool forDisk = false) =>
        forDisk ? browser.DiskSite.FileUrl(file) : browser.Pages.Single(p => p.File == file).Url;

    /// <summary>
    /// On the start page: opens each page of the module (not the quiz) from its link, by keyboard,
    /// and comes back. Leaves the browser on the start page. <paramref name="onPage"/> runs on each
    /// page (1, 2, ...) once its scripts have started; <paramref name="afterEach"/> back on the start page.
    /// </summary>
    public static async Task ReadEveryPageAsync(IPage page, Func<int, Task>? afterEach = null, Func<int, Task>? onPage = null)
    {
        var links = page.Locator(".training-module__page:not(:last-child) .training-module__link");
        var count = await links.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var start = page.Url;
            await FollowByKeyboardAsync(page, links.Nth(i));
            await Assertions.Expect(page.Locator(".training-module-marker")).ToBeVisibleAsync();
            if (onPage is not null)
            {
                await WaitForModuleScriptAsync(page);
                await onPage(i + 1);
            }

            await page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit });
            await Assertions.Expect(page).ToHaveURLAsync(start);
            await Assertions.Expect(page.Locator(".training-module--enhanced")).ToBeVisibleAsync();
            if (afterEach is not null)
            {
                await afterEach(i + 1);
            }
        }
    }

    /// <summary>The quiz of the module whose page is open: its id and its answer key (right option ids by question id).</summary>
    public static Task<(string QuizId, Dictionary<string, HashSet<string>> Key)> QuizAsync(IPage page) => QuizAsync(page.MainFrame);

    /// <summary>The quiz of the module whose page is open in <paramref name="page"/> (a frame, such as an LMS's): its id and its answer key.</summary>
    public static async Task<(string QuizId, Dictionary<string, HashSet<string>> Key)> QuizAsync(IFrame page)
    {
        var quizId = await page.EvaluateAsync<string>("() => document.querySelector('.quiz[data-training-module]').dataset.quizId");
        var data = await page.EvaluateAsync<JsonElement>($"() => window.SiteGenQuizzes['{quizId}']");
        var key = new Dictionary<string, HashSet<string>>();
        foreach (var question in data.GetProperty("questions").EnumerateArray())
        {
            var answerable = question.GetProperty("kind").GetString() == "scenario" ? question.GetProperty("questions").EnumerateArray().ToList() : [question];
            foreach (var q in answerable)
            {
                key[q.GetProperty("id").GetString()!] = [.. q.GetProperty("options").EnumerateArray()
                    .Where(o => o.GetProperty("correct").GetBoolean()).Select(o => o.GetProperty("id").GetString()!)];
            }
        }

        return (quizId, key);
    }

    /// <summary>
    /// From the start page: opens the quiz from its link, answers the confidence questions before,
    /// answers every question asked (all right but those in <paramref name="wrong"/>), checks, and
    /// answers the confidence questions after. Leaves the browser on the quiz page.
    /// </summary>
    public static async Task PassQuizAsync(IPage page, IReadOnlyCollection<string>? wrong = null)
    {
        await FollowByKeyboardAsync(page, page.Locator(".training-module__page:last-child .training-module__link"));
        await AnswerQuizAsync(page, wrong);
    }

    /// <summary>On the quiz page: confidence before, every answer, check, confidence after.</summary>
    public static Task AnswerQuizAsync(IPage page, IReadOnlyCollection<string>? wrong = null) => AnswerQuizAsync(page.MainFrame, page.Keyboard, wrong);

    /// <summary>On the quiz page in <paramref name="page"/> (a frame, such as an LMS's): confidence before, every answer, check, confidence after.</summary>
    public static async Task AnswerQuizAsync(IFrame page, IKeyboard keyboard, IReadOnlyCollection<string>? wrong = null)
    {
        var (quizId, key) = await QuizAsync(page);
        var quiz = page.Locator($"#quiz-{quizId}");
        await Assertions.Expect(quiz).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bquiz--enhanced\b"));
        foreach (var input in await quiz.Locator($".quiz__confidence[data-phase=before] input[value='{ConfidenceBefore}']").AllAsync())
        {
            await input.CheckAsync();
        }

        foreach (var (question, right) in key)
        {
            var item = page.Locator($"#quiz-{quizId}-{question}");
            if (!await item.IsVisibleAsync())
            {
                continue; // not asked in this attempt (a draw)
            }

            var chooseWrong = wrong?.Contains(question) == true;
            foreach (var input in await item.Locator("input.quiz__input").AllAsync())
            {
                var value = await input.GetAttributeAsync("value");
                if (chooseWrong ? !right.Contains(value!) : right.Contains(value!))
                {
                    await input.CheckAsync();
                    if (chooseWrong)
                    {
                        break;
                    }
                }
            }
        }

        var submit = quiz.Locator(".quiz__submit");
        await submit.FocusAsync();
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(quiz.Locator(".quiz__result")).ToBeFocusedAsync();
        foreach (var input in await quiz.Locator($".quiz__confidence[data-phase=after] input[value='{ConfidenceAfter}']").AllAsync())
        {
            await input.CheckAsync();
        }
    }

    /// <summary>On the quiz page after a pass: follows "Get your certificate" by keyboard.</summary>
    public static async Task FollowCertificateLinkAsync(IPage page)
    {
        await FollowByKeyboardAsync(page, page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Get your certificate", Exact = true }));
        await Assertions.Expect(page.Locator("[data-certificate-form]")).ToBeVisibleAsync();
    }

    /// <summary>On the certificate page: types the details into the form by keyboard, field after field.</summary>
    public static async Task FillDetailsAsync(IPage page, Details learner)
    {
        await page.FocusAsync("#certificate-name");
        foreach (var value in new[] { learner.Name, learner.Organisation, learner.Role, learner.StaffId ?? "", learner.Email ?? "" })
        {
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.PressAsync("Delete");
            if (value.Length > 0)
            {
                await page.Keyboard.TypeAsync(value);
            }

            await page.Keyboard.PressAsync("Tab");
        }
    }

    /// <summary>Submits the details form with Enter from its button, and waits for the certificate.</summary>
    public static async Task SubmitDetailsAsync(IPage page)
    {
        await page.FocusAsync("[data-certificate-form] button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-certificate-sheet]")).ToBeVisibleAsync();
    }

    /// <summary>On a module page: waits until training-module.js has marked it read and started its page timer.</summary>
    public static Task WaitForModuleScriptAsync(IPage page) =>
        Assertions.Expect(page.Locator(".training-module-marker")).ToHaveAttributeAsync("data-training-init", "true");

    /// <summary>Focuses <paramref name="link"/>, presses Enter and waits until the browser is at its address.</summary>
    public static async Task FollowByKeyboardAsync(IPage page, ILocator link)
    {
        var target = await link.EvaluateAsync<string>("a => a.href");
        await link.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(target);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Clicks "Download my completion record" and returns the download.</summary>
    public static Task<IDownload> DownloadAsync(IPage page) =>
        page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Download my completion record" }).ClickAsync());
}
