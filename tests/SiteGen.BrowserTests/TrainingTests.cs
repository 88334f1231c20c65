using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static SiteGen.BrowserTests.BrowserStorage;

namespace SiteGen.BrowserTests;

/// <summary>
/// The example site's level 1 training module as a member of staff takes it: reading its pages,
/// passing its quiz, making the certificate, printing it and downloading the completion record;
/// keeping or clearing progress; not having passed; without JavaScript; and from a copy on disk.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TrainingTests(BrowserFixture browser)
{
    private const string ModuleId = TrainingLearner.ModuleId;
    private const string QuizId = "training-level-1";
    private const string StartFile = "training/level-1/index.html";
    private const string QuizFile = "training/level-1/quiz/index.html";
    private const string CertificateFile = "training/level-1/certificate/index.html";
    private const string ProgressKey = "sitegen.training." + ModuleId;
    private const string QuizKey = "sitegen.quiz." + QuizId;
    private const string RememberKey = "sitegen.remember." + ModuleId;

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    [Fact]
    public async Task A_learner_reads_every_page_passes_the_quiz_and_gets_a_certificate_and_a_completion_record()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-training-").FullName;
        try
        {
            await using var session = await browser.OpenAsync(TrainingLearner.StartUrl(browser), TrainingLearner.ContextOptions());
            var page = session.Page;
            var panel = page.Locator("#training-module");

            // The start page: every page not read yet, the storage controls, no way to a certificate yet.
            await AssertNoAxeViolationsAsync(page, "the start page");
            await Assertions.Expect(panel.Locator("[data-training-progress]")).ToHaveTextAsync("You have read 0 of 6 pages.");
            await Assertions.Expect(panel.Locator("[data-training-state]").First).ToHaveTextAsync("Not read yet");
            await Assertions.Expect(panel.Locator("[data-training-state]").Last).ToHaveTextAsync("Not started");
            await Assertions.Expect(panel.Locator("[data-training-certificate]")).ToBeHiddenAsync();
            await Assertions.Expect(panel.GetByRole(AriaRole.Checkbox, new() { Name = "Remember my progress on this device" })).Not.ToBeCheckedAsync();
            Assert.Null(await StoredAsync(page, "sessionStorage", ProgressKey)); // the start page itself stores nothing

            // Each page, in order, from its link; the start page keeps count.
            await TrainingLearner.ReadEveryPageAsync(page, async read =>
            {
                await Assertions.Expect(panel.Locator("[data-training-progress]")).ToHaveTextAsync($"You have read {read} of 6 pages.");
                await Assertions.Expect(panel.Locator("[data-training-state]").Nth(read - 1)).ToHaveTextAsync("Read");
            });
            var progress = Json(await StoredAsync(page, "sessionStorage", ProgressKey));
            Assert.Equal(5, progress.GetProperty("pagesRead").EnumerateObject().Count());
            Assert.Matches(IsoTime(), progress.GetProperty("started").GetString()!);
            Assert.Empty(session.Errors);

            // The quiz: all right. The way to the certificate appears after the result.
            await TrainingLearner.PassQuizAsync(page);
            var quiz = page.Locator($"#quiz-{QuizId}");
            await Assertions.Expect(quiz.Locator(".quiz__result")).ToContainTextAsync("You scored 13 out of 13 (100%). You passed");
            var passed = quiz.Locator(".quiz__result + .training-module-passed");
            await Assertions.Expect(passed).ToBeVisibleAsync();
            await Assertions.Expect(passed).ToContainTextAsync("You passed.");
            await AssertNoAxeViolationsAsync(page, "the quiz page after a pass");

            // Still there after a reload, for a learner who comes back to the quiz.
            await page.ReloadAsync();
            await Assertions.Expect(page.Locator(".training-module-passed")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".training-module-passed a")).ToHaveTextAsync("Get your certificate");

            // The certificate page: the form first. Sent empty, it says what is wrong, GOV.UK style.
            await TrainingLearner.FollowCertificateLinkAsync(page);
            await Assertions.Expect(page.Locator("[data-certificate-no-script]")).ToBeHiddenAsync();
            await page.FocusAsync("[data-certificate-form] button[type=submit]");
            await page.Keyboard.PressAsync("Enter");
            var summary = page.Locator("[data-certificate-form] .error-summary");
            await Assertions.Expect(summary).ToBeFocusedAsync();
            await Assertions.Expect(summary).ToHaveAttributeAsync("role", "alert");
            await Assertions.Expect(summary).ToContainTextAsync("There is a problem");
            Assert.Equal(["Enter your full name", "Enter your organisation", "Enter your role"],
                await summary.Locator("a").AllTextContentsAsync());
            await Assertions.Expect(page.Locator("#certificate-name-error")).ToHaveTextAsync("Error: Enter your full name");
            await Assertions.Expect(page.Locator("#certificate-name")).ToHaveAttributeAsync("aria-describedby", new Regex(@"\bcertificate-name-error\b"));
            await Assertions.Expect(page.Locator("#certificate-role")).ToHaveAttributeAsync("aria-describedby", "certificate-role-hint certificate-role-error");
            Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
            await AssertNoAxeViolationsAsync(page, "the certificate form with errors");

            // From the summary to the field, then a bad email address.
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("#certificate-name")).ToBeFocusedAsync();
            await TrainingLearner.FillDetailsAsync(page, TrainingLearner.Sam with { Email = "sam.patel at school" });
            await page.FocusAsync("[data-certificate-form] button[type=submit]");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(summary).ToBeFocusedAsync();
            Assert.Equal(["Enter an email address in the correct format, like name@example.com"], await summary.Locator("a").AllTextContentsAsync());
            await Assertions.Expect(page.Locator("[data-certificate-sheet]")).ToBeHiddenAsync();

            // Right this time: the certificate, with focus on its heading.
            var learner = TrainingLearner.Sam with { Email = "  sam.patel@northfield.example  " };
            await TrainingLearner.FillDetailsAsync(page, learner);
            await TrainingLearner.SubmitDetailsAsync(page);
            var sheet = page.Locator("[data-certificate-sheet]");
            await Assertions.Expect(page.Locator("#certificate-sheet-title")).ToBeFocusedAsync();
            await Assertions.Expect(summary).ToHaveCountAsync(0);
            Assert.DoesNotContain("Error", await page.TitleAsync(), StringComparison.Ordinal);

            var attempt = Json(await StoredAsync(page, "sessionStorage", QuizKey)).GetProperty("attempts")[0];
            var completedOn = LondonDate(attempt.GetProperty("completed").GetString()!);
            await Assertions.Expect(Field(page, "name")).ToHaveTextAsync("Sam Patel");
            await Assertions.Expect(Field(page, "role")).ToHaveTextAsync("Teaching assistant");
            await Assertions.Expect(Field(page, "organisation")).ToHaveTextAsync("Northfield Primary School");
            await Assertions.Expect(Field(page, "date")).ToHaveTextAsync(LongDate(completedOn));
            await Assertions.Expect(Field(page, "score")).ToHaveTextAsync("13 out of 13 (100%)");
            await Assertions.Expect(Field(page, "refresherDue")).ToHaveTextAsync(LongDate(completedOn.AddMonths(36)));
            var recordId = await Field(page, "recordId").TextContentAsync();
            Assert.Matches(Uuid(), recordId!);
            await Assertions.Expect(sheet).ToContainTextAsync("Level 1: CSE awareness for all staff");
            await AssertNoAxeViolationsAsync(page, "the certificate");

            // The same certificate after a reload: the record id is kept.
            await page.ReloadAsync();
            await Assertions.Expect(Field(page, "recordId")).ToHaveTextAsync(recordId!);

            // 320px wide: no sideways scrolling.
            await page.SetViewportSizeAsync(320, 640);
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 320"), "The certificate page scrolls sideways at 320px.");
            await page.SetViewportSizeAsync(1280, 720);

            // On paper: the sheet alone, on one A4 page.
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await Assertions.Expect(sheet).ToBeVisibleAsync();
            foreach (var gone in new[] { ".site-header", ".exit-this-page", ".breadcrumbs", "h1", "[data-certificate-actions]", ".help-block", ".site-footer" })
            {
                await Assertions.Expect(page.Locator(gone).First).ToBeHiddenAsync();
            }

            var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
            Assert.Equal(1, PdfPageCount(pdf));
            await page.EmulateMediaAsync(new() { Media = Media.Screen });

            // Print calls the browser's print.
            await page.EvaluateAsync("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }");
            await page.GetByRole(AriaRole.Button, new() { Name = "Print or save as PDF" }).ClickAsync();
            Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__printed"));

            // The completion record.
            var download = await TrainingLearner.DownloadAsync(page);
            Assert.Equal($"completion-level-1-sam-patel-{completedOn:yyyy-MM-dd}.json", download.SuggestedFilename);
            var path = Path.Combine(folder, download.SuggestedFilename);
            await download.SaveAsAsync(path);
            await Assertions.Expect(page.Locator("[data-certificate-status]")).ToHaveTextAsync("Your completion record has been downloaded.");
            var text = await File.ReadAllTextAsync(path);
            Assert.Contains("\n  \"format\": \"sitegen-completion-record\"", text, StringComparison.Ordinal); // pretty-printed
            var record = Json(text);
            var data = Json(await page.EvaluateAsync<string>($"() => JSON.stringify(window.SiteGenModules['{ModuleId}'])"));
            AssertRecord(record, data, learner with { Email = "sam.patel@northfield.example" }, completedOn, recordId!);
            Assert.Equal(record.GetProperty("checksum").GetString(),
                await page.EvaluateAsync<string>("r => window.SiteGenTraining.checksum(JSON.parse(r))", record.GetRawText()));

            // "Change my details": the form again, filled in; the certificate follows.
            await page.GetByRole(AriaRole.Button, new() { Name = "Change my details" }).ClickAsync();
            await Assertions.Expect(page.Locator("#certificate-name")).ToHaveValueAsync("Sam Patel");
            await Assertions.Expect(page.Locator("#certificate-email")).ToHaveValueAsync("sam.patel@northfield.example");
            await Assertions.Expect(sheet).ToBeHiddenAsync();
            await page.FillAsync("#certificate-name", "Samira Patel");
            await TrainingLearner.SubmitDetailsAsync(page);
            await Assertions.Expect(Field(page, "name")).ToHaveTextAsync("Samira Patel");
            await Assertions.Expect(Field(page, "recordId")).ToHaveTextAsync(recordId!);

            // Back on the start page: all read, the quiz passed, the way to the certificate.
            await session.GotoAsync(TrainingLearner.StartUrl(browser));
            await Assertions.Expect(panel.Locator("[data-training-progress]")).ToHaveTextAsync("You have read 6 of 6 pages.");
            await Assertions.Expect(panel.Locator("[data-training-state]").Last).ToHaveTextAsync("Passed: 100%");
            await Assertions.Expect(panel.Locator("[data-training-certificate]")).ToBeVisibleAsync();
            await AssertNoAxeViolationsAsync(page, "the start page after passing");

            Assert.Empty(session.Errors);
            Assert.Empty(session.ExternalRequests);
            Assert.Empty(await session.Context.CookiesAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_completion_record_checksum_is_SHA_256_of_the_canonical_record_and_changes_with_any_field()
    {
        await using var session = await browser.OpenAsync(PageAt(CertificateFile)); // the page that makes records
        var page = session.Page;

        // The standard test vectors (FIPS 180-2), and a string with characters beyond ASCII.
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", await Sha256Async(page, ""));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", await Sha256Async(page, "abc"));
        Assert.Equal("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
            await Sha256Async(page, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
        var unicode = "Zoë Ng: 😀 – 200 ✓";
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(unicode))), await Sha256Async(page, unicode));

        // RFC 8785: members sorted by UTF-16 code units, no whitespace, JSON.stringify strings.
        Assert.Equal("{\"\\r\":2,\"1\":3,\"a\":[1,\"x\",null,true,false],\"é\":\"\\u0001\\\"\"}",
            await page.EvaluateAsync<string>("() => window.SiteGenTraining.canonicalise({ 'é': '\\u0001\"', a: [1, 'x', null, true, false], 1: 3, '\\r': 2 })"));

        var record = """{ "format": "sitegen-completion-record", "learner": { "name": "Sam Patel", "email": null }, "score": 12, "attempts": [{ "number": 1 }] }""";
        var original = await ChecksumAsync(page, record);
        Assert.Matches("^sha256:[0-9a-f]{64}$", original);
        Assert.Equal(original, await ChecksumAsync(page, """{ "attempts": [{ "number": 1 }], "score": 12, "learner": { "email": null, "name": "Sam Patel" }, "format": "sitegen-completion-record" }"""));
        Assert.Equal(original, await ChecksumAsync(page, record.Replace("\"score\": 12", "\"checksum\": \"sha256:00\", \"score\": 12", StringComparison.Ordinal)));
        Assert.NotEqual(original, await ChecksumAsync(page, record.Replace("12", "13", StringComparison.Ordinal)));
        Assert.NotEqual(original, await ChecksumAsync(page, record.Replace("Sam Patel", "Sam Patal", StringComparison.Ordinal)));
        Assert.NotEqual(original, await ChecksumAsync(page, record.Replace("\"number\": 1", "\"number\": 2", StringComparison.Ordinal)));

        // Refresher dates: .NET's DateOnly.AddMonths, the month's last day when it is shorter.
        foreach (var (from, months) in new[] { ("2026-01-31", 1), ("2028-01-31", 1), ("2026-11-21", 36), ("2028-02-29", 36), ("2026-08-31", 1) })
        {
            var expected = DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(months).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Equal(expected, await page.EvaluateAsync<string>("([d, m]) => window.SiteGenTraining.addMonths(d, m)", new object[] { from, months }));
        }
    }

    [Fact]
    public async Task Remember_my_progress_keeps_it_in_the_browser_across_tabs_and_Clear_my_progress_forgets_it()
    {
        await using var session = await browser.OpenAsync(PageAt("training/level-1/what-is-cse/index.html"), TrainingLearner.ContextOptions());
        var page = session.Page;
        await session.GotoAsync(PageAt(QuizFile).Url);
        await TrainingLearner.AnswerQuizAsync(page);
        await session.GotoAsync(PageAt(StartFile).Url);
        var remember = page.GetByRole(AriaRole.Checkbox, new() { Name = "Remember my progress on this device" });
        var status = page.Locator("[data-training-cleared]");
        await Assertions.Expect(status).ToHaveAttributeAsync("role", "status");
        Assert.NotNull(await StoredAsync(page, "sessionStorage", ProgressKey));
        Assert.NotNull(await StoredAsync(page, "sessionStorage", QuizKey));

        // Ticked (by keyboard): moved to localStorage.
        await remember.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(remember).ToBeCheckedAsync();
        Assert.Equal("yes", await StoredAsync(page, "localStorage", RememberKey));
        Assert.NotNull(await StoredAsync(page, "localStorage", ProgressKey));
        Assert.NotNull(await StoredAsync(page, "localStorage", QuizKey));
        Assert.Null(await StoredAsync(page, "sessionStorage", ProgressKey));
        Assert.Null(await StoredAsync(page, "sessionStorage", QuizKey));

        // A new tab of the same browser finds it all: the start page, the quiz, the certificate.
        var tab = await session.Context.NewPageAsync();
        await tab.GotoAsync(PageAt(StartFile).Url.AbsoluteUri);
        await Assertions.Expect(tab.Locator("[data-training-progress]")).ToHaveTextAsync("You have read 2 of 6 pages.");
        await Assertions.Expect(tab.Locator("[data-training-state]").First).ToHaveTextAsync("Read");
        await Assertions.Expect(tab.Locator("[data-training-state]").Last).ToHaveTextAsync("Passed: 100%");
        await Assertions.Expect(tab.GetByRole(AriaRole.Checkbox, new() { Name = "Remember my progress on this device" })).ToBeCheckedAsync();
        await tab.GotoAsync(PageAt(QuizFile).Url.AbsoluteUri);
        await Assertions.Expect(tab.Locator(".training-module-passed")).ToBeVisibleAsync();
        await tab.GotoAsync(PageAt(CertificateFile).Url.AbsoluteUri);
        await Assertions.Expect(tab.Locator("[data-certificate-form]")).ToBeVisibleAsync();
        await tab.CloseAsync();

        // Unticked: back in this tab's sessionStorage only.
        await page.ReloadAsync();
        await remember.UncheckAsync();
        Assert.Null(await StoredAsync(page, "localStorage", RememberKey));
        Assert.Null(await StoredAsync(page, "localStorage", ProgressKey));
        Assert.Null(await StoredAsync(page, "localStorage", QuizKey));
        Assert.NotNull(await StoredAsync(page, "sessionStorage", ProgressKey));
        Assert.NotNull(await StoredAsync(page, "sessionStorage", QuizKey));

        // Ticked again, then cleared: gone from both, unticked, and said.
        await remember.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear my progress" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Your progress on this module has been cleared.");
        await Assertions.Expect(remember).Not.ToBeCheckedAsync();
        foreach (var storage in new[] { "localStorage", "sessionStorage" })
        {
            foreach (var key in new[] { ProgressKey, QuizKey, RememberKey })
            {
                Assert.Null(await StoredAsync(page, storage, key));
            }
        }

        await Assertions.Expect(page.Locator("[data-training-progress]")).ToHaveTextAsync("You have read 0 of 6 pages.");
        await Assertions.Expect(page.Locator("[data-training-state]").Last).ToHaveTextAsync("Not started");
        await Assertions.Expect(page.Locator("[data-training-certificate]")).ToBeHiddenAsync();
        await AssertNoAxeViolationsAsync(page, "the start page after clearing");
        Assert.Empty(session.Errors);
        Assert.Empty(session.ExternalRequests);
        Assert.Empty(await session.Context.CookiesAsync());
    }

    [Fact]
    public async Task The_quick_exit_clears_progress_kept_in_the_tab_but_not_progress_the_learner_chose_to_remember()
    {
        await using var session = await browser.OpenAsync(PageAt("training/level-1/signs/index.html"));
        var page = session.Page;
        var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
        Assert.NotNull(await StoredAsync(page, "sessionStorage", ProgressKey));
        await page.ClickAsync(".exit-this-page__button");
        await stub.WaitForVisitAsync(TimeSpan.FromSeconds(10));
        await session.GotoAsync(PageAt(StartFile).Url);
        Assert.Null(await StoredAsync(page, "sessionStorage", ProgressKey));

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Remember my progress on this device" }).CheckAsync();
        await session.GotoAsync(PageAt("training/level-1/signs/index.html").Url);
        await page.ClickAsync(".exit-this-page__button");
        await Assertions.Expect(page).ToHaveURLAsync(browser.QuickExitUrl.AbsoluteUri);
        await session.GotoAsync(PageAt(StartFile).Url);
        await Assertions.Expect(page.Locator("[data-training-state]").Nth(2)).ToHaveTextAsync("Read");
        Assert.NotNull(await StoredAsync(page, "localStorage", ProgressKey));
        Assert.Equal("yes", await StoredAsync(page, "localStorage", RememberKey));
    }

    [Fact]
    public async Task Before_a_pass_the_certificate_page_says_so_and_links_to_the_quiz()
    {
        await using var session = await browser.OpenAsync(PageAt(CertificateFile), TrainingLearner.ContextOptions());
        var page = session.Page;
        var notPassed = page.Locator("[data-certificate-not-passed]");
        await Assertions.Expect(notPassed).ToBeVisibleAsync();
        await Assertions.Expect(notPassed).ToContainTextAsync("You have not passed the quiz for this module");
        await Assertions.Expect(page.Locator("[data-certificate-no-script]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-certificate-form]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-certificate-sheet]")).ToBeHiddenAsync();
        await AssertNoAxeViolationsAsync(page, "the certificate page before a pass");

        // An attempt that does not pass (3 wrong of 13: 76%, the pass mark is 80%) changes nothing here.
        await notPassed.GetByRole(AriaRole.Link, new() { Name = "take the quiz" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/training/level-1/quiz/$"));
        var (_, key) = await TrainingLearner.QuizAsync(page);
        await TrainingLearner.AnswerQuizAsync(page, [.. key.Keys.Take(3)]);
        await Assertions.Expect(page.Locator(".quiz__result")).ToContainTextAsync("You did not pass");
        await Assertions.Expect(page.Locator(".training-module-passed")).ToHaveCountAsync(0);

        await session.GotoAsync(PageAt(StartFile).Url);
        await Assertions.Expect(page.Locator("[data-training-state]").Last).ToHaveTextAsync("Not passed yet: best 76%");
        await Assertions.Expect(page.Locator("[data-training-certificate]")).ToBeHiddenAsync();
        await session.GotoAsync(PageAt(CertificateFile).Url);
        await Assertions.Expect(notPassed).ToBeVisibleAsync();
        Assert.Empty(session.Errors);
        Assert.Empty(session.ExternalRequests);
    }

    [Fact]
    public async Task Without_JavaScript_the_certificate_page_says_it_needs_it_and_the_start_page_lists_the_pages()
    {
        var options = new BrowserNewContextOptions { JavaScriptEnabled = false };
        await using var session = await browser.OpenAsync(PageAt(CertificateFile), options);
        var page = session.Page;
        await Assertions.Expect(page.Locator("[data-certificate-no-script]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-certificate-no-script]")).ToContainTextAsync("needs JavaScript");
        foreach (var hidden in new[] { "[data-certificate-not-passed]", "[data-certificate-form]", "[data-certificate-sheet]", "[data-certificate-actions]" })
        {
            await Assertions.Expect(page.Locator(hidden)).ToBeHiddenAsync();
        }

        await session.GotoAsync(PageAt(StartFile).Url);
        await Assertions.Expect(page.Locator(".training-module__link")).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator("[data-training-storage]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-training-progress]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_copy_for_disk_makes_the_certificate_and_the_completion_record()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-training-disk-").FullName;
        try
        {
            await using var session = await browser.OpenAsync(TrainingLearner.StartUrl(browser, forDisk: true), TrainingLearner.ContextOptions());
            var page = session.Page;
            await TrainingLearner.ReadEveryPageAsync(page);
            await TrainingLearner.PassQuizAsync(page);
            await TrainingLearner.FollowCertificateLinkAsync(page);
            Assert.StartsWith("file://", page.Url, StringComparison.Ordinal);
            Assert.EndsWith("/certificate/index.html", page.Url, StringComparison.Ordinal);
            await TrainingLearner.FillDetailsAsync(page, TrainingLearner.Sam);
            await TrainingLearner.SubmitDetailsAsync(page);
            await Assertions.Expect(Field(page, "score")).ToHaveTextAsync("13 out of 13 (100%)");

            var download = await TrainingLearner.DownloadAsync(page);
            var path = Path.Combine(folder, download.SuggestedFilename);
            await download.SaveAsAsync(path);
            var record = Json(await File.ReadAllTextAsync(path));
            Assert.Equal("sitegen-completion-record", record.GetProperty("format").GetString());
            Assert.Equal("Sam Patel", record.GetProperty("learner").GetProperty("name").GetString());
            Assert.Equal(record.GetProperty("checksum").GetString(),
                await page.EvaluateAsync<string>("r => window.SiteGenTraining.checksum(JSON.parse(r))", record.GetRawText()));
            Assert.Empty(session.Errors);
            Assert.Empty(session.ExternalRequests);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_helper_for_other_tests_downloads_a_complete_record()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-training-helper-").FullName;
        try
        {
            var path = await TrainingLearner.DownloadCompletionRecordAsync(browser, folder);
            Assert.Equal(folder, Path.GetDirectoryName(path));
            Assert.Matches(@"^completion-level-1-sam-patel-\d{4}-\d{2}-\d{2}\.json$", Path.GetFileName(path));
            var record = Json(await File.ReadAllTextAsync(path));
            Assert.True(record.GetProperty("passed").GetBoolean());
            Assert.Equal(13, record.GetProperty("score").GetInt32());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // ---- Helpers -------------------------------------------------------------------------

    private SitePage PageAt(string file) => browser.Pages.Single(p => p.File == file);

    private static ILocator Field(IPage page, string name) => page.Locator($"[data-certificate-sheet] [data-certificate-field='{name}']");

    private static Task<string> Sha256Async(IPage page, string text) =>
        page.EvaluateAsync<string>("t => window.SiteGenTraining.sha256(t)", text);

    private static Task<string> ChecksumAsync(IPage page, string json) =>
        page.EvaluateAsync<string>("j => window.SiteGenTraining.checksum(JSON.parse(j))", json);

    private static async Task AssertNoAxeViolationsAsync(IPage page, string what)
    {
        var result = await AxeChecks.RunAsync(page);
        Assert.True(result.Violations.Length == 0, $"axe, on {what}:\n" + string.Join('\n', AxeChecks.Describe(result)));
    }

    /// <summary>The date in England of a toISOString time (the tests' browser runs in Europe/London).</summary>
    private static DateOnly LondonDate(string iso)
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture), london).DateTime);
    }

    /// <summary>"21 November 2026".</summary>
    private static string LongDate(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary>Pages in a PDF: its /Type /Page objects (not the /Type /Pages tree).</summary>
    private static int PdfPageCount(byte[] pdf) => PdfPage().Matches(Encoding.Latin1.GetString(pdf)).Count;

    private static void AssertRecord(JsonElement record, JsonElement data, TrainingLearner.Details learner, DateOnly completedOn, string recordId)
    {
        Assert.Equal(
            ["format", "formatVersion", "recordId", "learner", "module", "site", "started", "completed", "completedOn", "durationSeconds", "pages",
             "passMark", "score", "total", "percent", "passed", "attempts", "confidence", "checksum"],
            record.EnumerateObject().Select(p => p.Name));
        Assert.Equal("sitegen-completion-record", record.GetProperty("format").GetString());
        Assert.Equal(1, record.GetProperty("formatVersion").GetInt32());
        Assert.Equal(recordId, record.GetProperty("recordId").GetString());

        var who = record.GetProperty("learner");
        Assert.Equal(learner.Name, who.GetProperty("name").GetString());
        Assert.Equal(learner.Organisation, who.GetProperty("organisation").GetString());
        Assert.Equal(learner.Role, who.GetProperty("role").GetString());
        Assert.Equal(learner.StaffId, who.GetProperty("staffId").GetString());
        Assert.Equal(learner.Email, who.GetProperty("email").GetString());

        // record.module is modules/level-1.js's module, less passMark; record.site is its site.
        var module = data.GetProperty("module");
        Assert.Equal(["id", "title", "level", "levelName", "version", "quizId", "quizVersion"], record.GetProperty("module").EnumerateObject().Select(p => p.Name));
        foreach (var member in record.GetProperty("module").EnumerateObject())
        {
            Assert.Equal(module.GetProperty(member.Name).GetString(), member.Value.GetString());
        }

        Assert.Equal(ModuleId, record.GetProperty("module").GetProperty("id").GetString());
        Assert.Equal(QuizId, record.GetProperty("module").GetProperty("quizId").GetString());
        Assert.Matches("^[0-9a-f]{16}$", record.GetProperty("module").GetProperty("version").GetString()!);
        Assert.Equal(["name", "url", "partnership"], record.GetProperty("site").EnumerateObject().Select(p => p.Name));
        foreach (var member in data.GetProperty("site").EnumerateObject())
        {
            Assert.True(record.GetProperty("site").TryGetProperty(member.Name, out var value), $"record.site has no {member.Name}: {data.GetProperty("site").GetRawText()}");
            Assert.Equal(member.Value.GetString(), value.GetString());
        }

        var started = DateTimeOffset.Parse(record.GetProperty("started").GetString()!, CultureInfo.InvariantCulture);
        var completed = DateTimeOffset.Parse(record.GetProperty("completed").GetString()!, CultureInfo.InvariantCulture);
        Assert.Matches(IsoTime(), record.GetProperty("started").GetString()!);
        Assert.Matches(IsoTime(), record.GetProperty("completed").GetString()!);
        Assert.True(started <= completed);
        Assert.Equal(completedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), record.GetProperty("completedOn").GetString());
        Assert.Equal((long)Math.Floor((completed - started).TotalSeconds), record.GetProperty("durationSeconds").GetInt64());

        // Every page of the module was read, in order, the quiz last, each with the seconds it was
        // in view: together no more than the time since the first was opened.
        var pages = record.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(data.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("path").GetString()), pages.Select(p => p.GetProperty("path").GetString()));
        Assert.All(pages, p => Assert.Equal(["path", "seconds"], p.EnumerateObject().Select(m => m.Name)));
        Assert.All(pages, p => Assert.True(p.GetProperty("seconds").GetInt32() >= 0));
        Assert.True(pages.Sum(p => p.GetProperty("seconds").GetInt32()) <= (DateTimeOffset.UtcNow - started).TotalSeconds + 1,
            "The pages' seconds add up to more than the time since the module was started: " + record.GetProperty("pages").GetRawText());
        Assert.Equal(module.GetProperty("passMark").GetInt32(), record.GetProperty("passMark").GetInt32());
        Assert.Equal(13, record.GetProperty("score").GetInt32());
        Assert.Equal(13, record.GetProperty("total").GetInt32());
        Assert.Equal(100, record.GetProperty("percent").GetInt32());
        Assert.True(record.GetProperty("passed").GetBoolean());

        var attempts = record.GetProperty("attempts");
        Assert.Equal(1, attempts.GetArrayLength());
        var attempt = attempts[0];
        Assert.Equal(["number", "started", "completed", "answers", "score", "total", "percent", "passed"], attempt.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, attempt.GetProperty("number").GetInt32());
        Assert.Equal(record.GetProperty("completed").GetString(), attempt.GetProperty("completed").GetString());
        Assert.Equal(13, attempt.GetProperty("answers").EnumerateObject().Count());
        Assert.All(attempt.GetProperty("answers").EnumerateObject(), answer => Assert.True(answer.Value.GetArrayLength() >= 1));
        Assert.Equal(13, attempt.GetProperty("score").GetInt32());
        Assert.True(attempt.GetProperty("passed").GetBoolean());

        var confidence = record.GetProperty("confidence");
        Assert.Equal(["know-what-to-do", "recognise-signs"], confidence.GetProperty("before").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(confidence.GetProperty("before").EnumerateObject(), c => Assert.Equal(TrainingLearner.ConfidenceBefore, c.Value.GetInt32()));
        Assert.All(confidence.GetProperty("after").EnumerateObject(), c => Assert.Equal(TrainingLearner.ConfidenceAfter, c.Value.GetInt32()));
        Assert.Equal(2, confidence.GetProperty("after").EnumerateObject().Count());
        Assert.Matches("^sha256:[0-9a-f]{64}$", record.GetProperty("checksum").GetString()!);
    }

    [GeneratedRegex(@"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$")]
    private static partial Regex IsoTime();

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PdfPage();
}
