using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Pages in a family's own language: the example's help pages in Urdu (written right to left)
/// and Polish. A reader must be able to leave at once, switch language without losing their
/// place, and know before following a link that its page is only in English.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LanguageTests(BrowserFixture browser)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static readonly BrowserNewContextOptions Wide = new() { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } };

    private const string Topic = "help/what-happens-if-i-tell/";

    [Fact]
    public async Task A_right_to_left_page_says_its_language_reads_right_to_left_and_passes_axe()
    {
        await using var session = await browser.OpenAsync(Address("ur/" + Topic), Wide);
        var page = session.Page;

        Assert.Equal("ur", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal("rtl", await page.Locator("main").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal(TitleOf("what-happens-if-i-tell.ur.md"), (await page.Locator("main h1").InnerTextAsync()).Trim());

        // The text starts on the right: the heading's words end at its right edge, with the space on their left.
        var edges = await page.Locator("main h1").EvaluateAsync<double[]>(
            "h => { const r = document.createRange(); r.selectNodeContents(h); const t = r.getBoundingClientRect(), b = h.getBoundingClientRect(); return [t.left, t.right, b.left, b.right]; }");
        var (textLeft, textRight, boxLeft, boxRight) = (edges[0], edges[1], edges[2], edges[3]);
        Assert.True(Math.Abs(boxRight - textRight) < 2 && textLeft > boxLeft + 100,
            $"The Urdu heading's words are not set from the right: words {textLeft:0} to {textRight:0}, heading {boxLeft:0} to {boxRight:0}.");

        var result = await AxeChecks.RunAsync(page);
        Assert.True(result.Passes.Length > 0, "axe ran no rules");
        Assert.Empty(AxeChecks.Describe(result));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Exit_this_page_sits_at_the_end_of_the_line_mirrored_in_right_to_left_and_still_exits()
    {
        await using var session = await browser.OpenAsync(Address(Topic), Wide);
        var english = await ExitButton(session.Page).BoundingBoxAsync() ?? throw new InvalidOperationException("no exit button on the English page");
        Assert.True(english.X > 640, $"On the English page Exit this page should be on the right, but starts at x {english.X}.");

        await session.GotoAsync(Address("ur/" + Topic));
        var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
        var button = ExitButton(session.Page);
        var urdu = await button.BoundingBoxAsync() ?? throw new InvalidOperationException("no exit button on the Urdu page");
        Assert.True(urdu.X + urdu.Width < 640, $"On the Urdu page Exit this page should be on the left (the end of a right-to-left line), but ends at x {urdu.X + urdu.Width}.");
        Assert.Contains("اس صفحے سے نکلیں", await button.InnerTextAsync(), StringComparison.Ordinal);

        await button.ClickAsync();

        await stub.WaitForExitAsync(session.Page, Wait);
    }

    [Fact]
    public async Task Shift_three_times_exits_from_a_page_in_another_language()
    {
        await using var session = await browser.OpenAsync(Address("pl/" + Topic));
        var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
        await session.GotoAsync(Address("pl/" + Topic));

        // What the quick exit says as Shift is pressed is in Polish too.
        await session.Page.Keyboard.PressAsync("Shift");
        await Assertions.Expect(session.Page.Locator(".exit-this-page__indicator")).ToHaveTextAsync("Shift: naciśnij jeszcze 2 razy, aby wyjść.");
        await session.Page.Keyboard.PressAsync("Shift");
        await Assertions.Expect(session.Page.Locator(".exit-this-page__indicator")).ToHaveTextAsync("Shift: naciśnij jeszcze raz, aby wyjść.");
        await session.Page.Keyboard.PressAsync("Shift");

        await stub.WaitForExitAsync(session.Page, Wait);
    }

    [Fact]
    public async Task The_language_switch_keeps_the_reader_on_the_same_page_in_each_language()
    {
        await using var session = await browser.OpenAsync(Address(Topic));
        var page = session.Page;

        await SwitchToAsync(page, "اردو", "ur/" + Topic, "ur", "what-happens-if-i-tell.ur.md");
        await SwitchToAsync(page, "Polski", "pl/" + Topic, "pl", "what-happens-if-i-tell.pl.md");

        // And back by keyboard: the switch's links are reached and followed like any other.
        var english = page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Ta strona w innych językach" }).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "English" });
        await english.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(Address(Topic).ToString());
        Assert.Equal("en-GB", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(TitleOf("what-happens-if-i-tell.md"), (await page.Locator("main h1").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task A_link_from_a_translation_to_a_page_only_in_English_says_so_and_goes_to_it()
    {
        await using var session = await browser.OpenAsync(Address("ur/help/"));
        var page = session.Page;
        var link = page.Locator("main .prose a[href$='help/is-this-ok/']");

        Assert.Equal("en-GB", await link.GetAttributeAsync("hreflang"));
        var item = await link.Locator("xpath=..").InnerTextAsync();
        Assert.Contains("(انگریزی میں)", item, StringComparison.Ordinal);

        // A translated page is linked in the reader's language, with no note.
        var translated = page.Locator("main .prose a[href*='what-happens-if-i-tell/']");
        Assert.Null(await translated.GetAttributeAsync("hreflang"));
        Assert.EndsWith("ur/help/what-happens-if-i-tell/", new Uri(await translated.EvaluateAsync<string>("a => a.href")).AbsolutePath, StringComparison.Ordinal);

        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Address("help/is-this-ok/").ToString());
        Assert.Equal("en-GB", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task A_reader_of_Urdu_searches_the_Urdu_pages_in_Urdu_words_and_nothing_of_the_English_index_is_loaded()
    {
        await using var session = await browser.OpenAsync(Address("ur/help/"));
        var page = session.Page;
        var requested = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Request += (_, request) => requested.Enqueue(new Uri(request.Url).AbsolutePath);

        // "فکر" (worry) is in the title of the page for worried parents: a word as it is written, not stemmed as English.
        await page.FillAsync("form.site-search--header input[name=q]", "فکر؟");

        var results = page.Locator("form.site-search--header .site-search__link");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        var hrefs = await results.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        Assert.EndsWith("/ur/help/worried-about-my-child/", hrefs[0], StringComparison.Ordinal);
        Assert.All(hrefs, href => Assert.Contains("/ur/", href, StringComparison.Ordinal));
        Assert.Contains("مجھے اپنے بچے کی فکر ہے", await results.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("فکر", await page.Locator("form.site-search--header mark").First.InnerTextAsync());

        // Its words: the link to every result is in Urdu, and only the Urdu index was asked for.
        Assert.Matches("نتیجہ|نتائج", await page.Locator("form.site-search--header .site-search__all-link").InnerTextAsync());

        Assert.Contains(requested, path => path.EndsWith("/search/ur/manifest.js", StringComparison.Ordinal));
        Assert.DoesNotContain(requested, path => path.EndsWith("/search/manifest.js", StringComparison.Ordinal) || path.Contains("/search/t/", StringComparison.Ordinal));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task The_Polish_search_page_finds_Polish_pages_and_says_so_in_Polish()
    {
        await using var session = await browser.OpenAsync(new Uri(Address("pl/search/") + "?q=dziecko"));
        var page = session.Page;

        var results = page.Locator("#search-page-results .site-search__link");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        var hrefs = await results.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href => Assert.Contains("/pl/help/", href, StringComparison.Ordinal));
        Assert.Equal("pl", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator(".site-search__status--page")).ToContainTextAsync("Wyniki dla „dziecko”");

        await page.FillAsync("#search-page-input", "nieistniejącesłowo");
        await page.PressAsync("#search-page-input", "Enter");
        await Assertions.Expect(page.Locator("#search-page-results .site-search__message")).ToContainTextAsync("Żadna strona nie pasuje");

        var result = await AxeChecks.RunAsync(page);
        Assert.Empty(AxeChecks.Describe(result));
        Assert.Empty(session.Errors);
    }

    private async Task SwitchToAsync(IPage page, string language, string address, string lang, string file)
    {
        var link = page.Locator("nav.language-switch").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = language });
        Assert.Equal(lang, await link.GetAttributeAsync("hreflang"));
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(address) + "$"));
        Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(TitleOf(file), (await page.Locator("main h1").InnerTextAsync()).Trim());
        Assert.Equal("true", await page.Locator("nav.language-switch [aria-current]").GetAttributeAsync("aria-current"));
        Assert.Equal(language, (await page.Locator("nav.language-switch [aria-current]").InnerTextAsync()).Trim());
    }

    private static ILocator ExitButton(IPage page) => page.Locator(".exit-this-page__button");

    private Uri Address(string sitePath) => browser.Server.Url(BuiltSite.SitePath(sitePath + "index.html", browser.Config.BasePath));

    private string TitleOf(string helpFile) =>
        TitleLine().Match(File.ReadAllText(Path.Combine(browser.RepositoryFolder, "content", "help", helpFile))).Groups[1].Value.Trim().Trim('"');

    [GeneratedRegex("^title: (.+)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
