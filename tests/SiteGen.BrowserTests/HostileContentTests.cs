using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Markup in a title or summary never runs in a reader's browser, even where the
/// Content-Security-Policy is not applied (an old browser, a host that strips the meta tag, a
/// page a reader saved): the pages are opened with the policy bypassed, so only escaping
/// stands between the markup and the reader.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileContentTests(BrowserFixture browser, HostileSite hostile) : IClassFixture<HostileSite>
{
    private static readonly BrowserNewContextOptions NoPolicy = new() { BypassCSP = true };

    [Theory]
    [InlineData("help/is-this-ok/", "h1")]
    [InlineData("help/", ".page-list__link")]
    [InlineData("help/after-a-report/", ".section-nav__link")]
    [InlineData("for/young-people/14-16/", ".page-list__link")]
    [InlineData("training/level-1/", "h1")]
    [InlineData("training/level-1/what-is-cse/", ".training-module-marker a")]
    [InlineData("training/level-1/certificate/", "h1")]
    public async Task A_title_with_markup_is_shown_as_text_and_nothing_in_it_runs(string path, string selector)
    {
        await using var session = await browser.OpenAsync(hostile.Server.Url("/" + path), NoPolicy);
        var page = session.Page;
        var dialogs = Watch(page);

        var shown = await page.Locator(selector).Filter(new() { HasText = "Zebracrossing" }).First.TextContentAsync();

        Assert.Contains(HostileSite.Title, shown, StringComparison.Ordinal);
        await AssertNothingRanAsync(page, dialogs);
    }

    [Fact]
    public async Task A_search_result_shows_the_title_and_summary_as_text()
    {
        await using var session = await browser.OpenAsync(hostile.Server.Url("/"), NoPolicy);
        var page = session.Page;
        var dialogs = Watch(page);

        await page.FillAsync("form.site-search--header input[type=search]", "zebracrossing");
        var result = page.Locator("form.site-search--header .site-search__link").First;
        await Assertions.Expect(result).ToContainTextAsync("Zebracrossing");

        Assert.Contains("<script>window.pwned = 1</script>", await result.TextContentAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("form.site-search--header .site-search__status"))
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^[{HostileSite.Digits}]+ results for zebracrossing$")); // the site's digits
        await AssertNothingRanAsync(page, dialogs);
    }

    [Fact]
    public async Task A_quiz_says_the_sites_own_words_as_text_in_its_button_errors_and_result()
    {
        await using var session = await browser.OpenAsync(hostile.Server.Url("/lessons/11-14/healthy-friendships/"), NoPolicy);
        var page = session.Page;
        var dialogs = Watch(page);
        var quiz = page.Locator("section.quiz[data-quiz-init]");

        var submit = quiz.Locator(".quiz__submit");
        Assert.Equal(HostileSite.Title, await submit.TextContentAsync());
        await submit.ClickAsync();
        var summary = quiz.Locator(".error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        Assert.Equal(HostileSite.Title, await summary.Locator(".error-summary__title").TextContentAsync());
        // Each unanswered single-answer question: "question 2a", the quiz's own numbering, then the site's words.
        var links = await summary.Locator("a").AllTextContentsAsync();
        Assert.Contains(links, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^question [0-9]+[a-z]*: ") && l.EndsWith(": " + HostileSite.Title, StringComparison.Ordinal));

        // Answer every question (right or not) and check: the score says the site's words too.
        foreach (var group in await quiz.Locator(".quiz__questions .quiz__options").AllAsync())
        {
            await group.Locator("input").First.CheckAsync();
        }

        await submit.ClickAsync();
        var score = quiz.Locator(".quiz__result-score");
        await Assertions.Expect(score).ToContainTextAsync("Zebracrossing");
        var said = (await score.TextContentAsync())!;
        Assert.StartsWith(HostileSite.Title + " ", said, StringComparison.Ordinal);
        Assert.Matches($"^ [{HostileSite.Digits}]+/[{HostileSite.Digits}]+", said[HostileSite.Title.Length..]); // the site's digits
        Assert.DoesNotMatch("[0-9]", said[HostileSite.Title.Length..]); // the pass mark's too
        await AssertNothingRanAsync(page, dialogs);
    }

    [Fact]
    public async Task A_training_module_and_its_certificate_say_the_sites_own_words_as_text()
    {
        await using var session = await browser.OpenAsync(hostile.Server.Url("/training/level-1/"), NoPolicy);
        var page = session.Page;
        var dialogs = Watch(page);

        await TrainingLearner.PassQuizAsync(page);
        await page.GotoAsync(hostile.Server.Url("/training/level-1/").AbsoluteUri);
        var state = page.Locator(".training-module__page:last-child [data-training-state]");
        await Assertions.Expect(state).ToContainTextAsync("Zebracrossing");
        Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(HostileSite.Title) + $" [{HostileSite.Digits}]+%$", await state.TextContentAsync());

        await page.GotoAsync(hostile.Server.Url("/training/level-1/certificate/").AbsoluteUri);
        await page.ClickAsync("[data-certificate-form] button[type=submit]");
        var summary = page.Locator(".certificate__error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        Assert.Equal(HostileSite.Title, await summary.Locator("a").First.TextContentAsync());
        await AssertNothingRanAsync(page, dialogs);
    }

    private static List<string> Watch(IPage page)
    {
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        return dialogs;
    }

    private static async Task AssertNothingRanAsync(IPage page, List<string> dialogs)
    {
        Assert.Empty(dialogs);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.pwned"));
        Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
    }
}
