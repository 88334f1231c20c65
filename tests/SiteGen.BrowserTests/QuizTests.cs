using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// The example site's 11-14 quiz as a learner uses it: by keyboard alone, getting answers wrong,
/// leaving questions out, trying again, running out of attempts, and from a copy on disk.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QuizTests(BrowserFixture browser)
{
    private const string QuizId = "healthy-friendships-11-14";
    private const string QuizFile = "lessons/11-14/healthy-friendships/index.html";
    private const string Quiz = "#quiz-" + QuizId;


    private SitePage QuizPage => browser.Pages.Single(p => p.File == QuizFile);

    [Fact]
    public async Task A_learner_using_only_the_keyboard_answers_everything_right_and_passes()
    {
        await using var session = await browser.OpenAsync(QuizPage);
        var page = session.Page;
        var key = await AnswerKeyAsync(page);

        // Tab from the top of the quiz; choose with the arrow keys and Space, as a keyboard user does.
        await page.FocusAsync($"{Quiz} .quiz__title");
        var answered = new HashSet<string>();
        var submitted = false;
        for (var i = 0; i < 200 && !submitted; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<JsonElement>("() => { const e = document.activeElement; return { tag: e.tagName, type: e.type || '', name: e.name || '', value: e.value || '', text: e.textContent.trim(), checked: !!e.checked }; }");
            var (type, name, value) = (focused.GetProperty("type").GetString(), focused.GetProperty("name").GetString()!, focused.GetProperty("value").GetString()!);
            if (type == "radio" && name.EndsWith("-before-spot-pressure", StringComparison.Ordinal) && !answered.Contains(name))
            {
                await page.Keyboard.PressAsync("ArrowDown"); // the first arrow press chooses 2
                answered.Add(name);
            }
            else if (type == "radio" && key.TryGetValue(QuestionOf(name), out var right) && !answered.Contains(name))
            {
                await page.Keyboard.PressAsync("Space"); // Tab focuses a group's first option without choosing it
                for (var step = 0; step < 6 && !right.Contains(await page.EvaluateAsync<string>("() => document.activeElement.value")); step++)
                {
                    await page.Keyboard.PressAsync("ArrowDown");
                }

                answered.Add(name);
            }
            else if (type == "checkbox" && key.TryGetValue(QuestionOf(name), out var rightBoxes) && rightBoxes.Contains(value) && !focused.GetProperty("checked").GetBoolean())
            {
                await page.Keyboard.PressAsync("Space");
                answered.Add(name);
            }
            else if (focused.GetProperty("text").GetString() == "Check my answers")
            {
                await page.Keyboard.PressAsync("Enter");
                submitted = true;
            }
        }

        Assert.True(submitted, "Tab never reached the \"Check my answers\" button");
        var result = page.Locator($"{Quiz} .quiz__result");
        await Assertions.Expect(result).ToBeFocusedAsync();
        await Assertions.Expect(result).ToContainTextAsync("You scored 5 out of 5");
        await Assertions.Expect(result).ToContainTextAsync("You passed");

        await page.Keyboard.PressAsync("Tab");
        await page.Locator($"{Quiz} input[name$='-after-spot-pressure'][value='4']").CheckAsync();
        var stored = await StoredAsync(page);
        Assert.True(stored.GetProperty("attempts")[0].GetProperty("passed").GetBoolean());
        Assert.Equal(2, stored.GetProperty("confidenceBefore").GetProperty("spot-pressure").GetInt32());
        Assert.Equal(4, stored.GetProperty("confidenceAfter").GetProperty("spot-pressure").GetInt32());
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task A_wrong_answer_shows_its_feedback_in_words_and_links_to_the_page_that_teaches_it()
    {
        await using var session = await browser.OpenAsync(QuizPage);
        var page = session.Page;
        await AnswerAllAsync(page, wrong: "unsafe-secret");
        await page.ClickAsync($"{Quiz} .quiz__submit");

        var feedback = page.Locator($"#quiz-{QuizId}-unsafe-secret-feedback");
        await Assertions.Expect(feedback).ToBeVisibleAsync();
        await Assertions.Expect(feedback).ToContainTextAsync("Not quite");
        await Assertions.Expect(feedback).ToContainTextAsync("This is a safe secret");
        await Assertions.Expect(page.Locator($"#quiz-{QuizId}-your-fault-feedback")).ToContainTextAsync("Correct");
        await Assertions.Expect(page.Locator($"{Quiz} .quiz__result")).ToContainTextAsync("You scored 4 out of 5");

        await feedback.Locator("a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#safe-and-unsafe-secrets$"));
    }

    [Fact]
    public async Task Checking_with_questions_unanswered_shows_an_error_summary_that_takes_focus_and_links_to_each()
    {
        await using var session = await browser.OpenAsync(QuizPage);
        var page = session.Page;
        await page.CheckAsync($"#quiz-{QuizId}-your-fault-false");
        await page.ClickAsync($"{Quiz} .quiz__submit");

        var summary = page.Locator($"{Quiz} .error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("There is a problem");
        await Assertions.Expect(summary.Locator("a")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator($"{Quiz} .quiz__result")).ToBeHiddenAsync();

        await summary.Locator("a").First.ClickAsync();
        var focusedQuestion = await page.EvaluateAsync<string>("() => document.activeElement.closest('.quiz__question').dataset.questionId");
        Assert.NotEqual("your-fault", focusedQuestion);
    }

    [Fact]
    public async Task Trying_again_reshuffles_and_the_attempts_limit_is_kept_even_after_a_reload()
    {
        await using var session = await browser.OpenAsync(QuizPage);
        var page = session.Page;
        var orders = new List<string>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            orders.Add(await OrderAsync(page));
            await AnswerAllAsync(page, wrong: "unsafe-secret");
            await page.ClickAsync($"{Quiz} .quiz__submit");
            if (attempt < 3)
            {
                await page.ClickAsync($"{Quiz} .quiz__retry");
                await Assertions.Expect(page.Locator($"{Quiz} input[type=radio]:checked")).ToHaveCountAsync(0);
            }
        }

        Assert.Equal(3, orders.Distinct().Count());
        await Assertions.Expect(page.Locator($"{Quiz} .quiz__retry")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator($"{Quiz} .quiz__result")).ToContainTextAsync("3 attempts");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator($"{Quiz} .quiz__retry")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator($"{Quiz} .quiz__submit")).ToBeHiddenAsync();
        Assert.Equal(3, (await StoredAsync(page)).GetProperty("attempts").GetArrayLength());
    }

    [Fact]
    public async Task The_quick_exit_clears_the_quiz_answers_kept_in_the_tab()
    {
        await using var session = await browser.OpenAsync(QuizPage);
        var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
        var page = session.Page;
        await AnswerAllAsync(page, wrong: null);
        await page.ClickAsync($"{Quiz} .quiz__submit");
        Assert.NotNull(await page.EvaluateAsync<string?>($"() => sessionStorage.getItem('sitegen.quiz.{QuizId}')"));

        await page.ClickAsync(".exit-this-page__button");
        await stub.WaitForVisitAsync(TimeSpan.FromSeconds(10));
        await session.GotoAsync(QuizPage.Url); // back to the site in the same tab, as someone else might

        Assert.Null(await page.EvaluateAsync<string?>($"() => sessionStorage.getItem('sitegen.quiz.{QuizId}')"));
        await Assertions.Expect(page.Locator($"{Quiz} .quiz__result")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_quiz_page_has_no_axe_violations_before_or_after_checking_answers()
    {
        await using var session = await browser.OpenAsync(QuizPage);
        var page = session.Page;
        var before = await AxeChecks.RunAsync(page);
        await page.ClickAsync($"{Quiz} .quiz__submit");
        var withErrors = await AxeChecks.RunAsync(page);
        await AnswerAllAsync(page, wrong: "online-warning-signs");
        await page.ClickAsync($"{Quiz} .quiz__submit");
        var after = await AxeChecks.RunAsync(page);

        Assert.All(new[] { before, withErrors, after }, result =>
            Assert.True(result.Violations.Length == 0, string.Join('\n', AxeChecks.Describe(result))));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task The_quiz_works_from_the_copy_for_disk()
    {
        await using var session = await browser.OpenAsync(browser.DiskSite.FileUrl(QuizFile));
        var page = session.Page;
        await AnswerAllAsync(page, wrong: null);
        await page.ClickAsync($"{Quiz} .quiz__submit");

        await Assertions.Expect(page.Locator($"{Quiz} .quiz__result")).ToContainTextAsync("You passed");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Without_JavaScript_the_quiz_reads_and_its_answers_are_in_a_separate_section()
    {
        await using var session = await browser.OpenAsync(QuizPage, new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = session.Page;

        await Assertions.Expect(page.Locator($"{Quiz} fieldset legend").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"{Quiz} .quiz__submit")).ToBeHiddenAsync(); // a plain submit would put answers in the URL
        await page.Locator($"{Quiz} details.quiz__answers summary").ClickAsync();
        await Assertions.Expect(page.Locator($"{Quiz} details.quiz__answers")).ToContainTextAsync("An older person online asks you not to tell anyone you chat");
    }

    /// <summary>The right option ids of every answerable question, from the page's own quiz data.</summary>
    private static async Task<Dictionary<string, HashSet<string>>> AnswerKeyAsync(IPage page)
    {
        var data = await page.EvaluateAsync<JsonElement>($"() => window.SiteGenQuizzes['{QuizId}']");
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

        return key;
    }

    /// <summary>Answers every question by clicking, all right but for the question named <paramref name="wrong"/>.</summary>
    private static async Task AnswerAllAsync(IPage page, string? wrong)
    {
        foreach (var (question, right) in await AnswerKeyAsync(page))
        {
            var inputs = page.Locator($"#quiz-{QuizId}-{question} input");
            foreach (var input in await inputs.AllAsync())
            {
                var value = await input.GetAttributeAsync("value");
                var choose = question == wrong ? !right.Contains(value!) : right.Contains(value!);
                if (choose && !await input.IsCheckedAsync())
                {
                    await input.CheckAsync();
                    if (question == wrong)
                    {
                        break; // one wrong choice is enough
                    }
                }
            }
        }
    }

    /// <summary>The order the questions and their options are shown in.</summary>
    private static Task<string> OrderAsync(IPage page) =>
        page.EvaluateAsync<string>($"() => [...document.querySelectorAll('{Quiz} .quiz__question:not([hidden]) .quiz__option')].map(o => o.closest('.quiz__question').dataset.questionId + ':' + o.dataset.optionId).join(',')");

    private static async Task<JsonElement> StoredAsync(IPage page) =>
        JsonDocument.Parse(await page.EvaluateAsync<string>($"() => sessionStorage.getItem('sitegen.quiz.{QuizId}')")).RootElement;

    /// <summary>The question id in an input's name (<c>quiz-ID-QUESTION</c>).</summary>
    private static string QuestionOf(string inputName) => inputName.StartsWith($"quiz-{QuizId}-", StringComparison.Ordinal) ? inputName[$"quiz-{QuizId}-".Length..] : inputName;
}
