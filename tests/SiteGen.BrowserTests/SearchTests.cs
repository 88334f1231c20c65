using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>Site search as visitors use it: the header box, the search page, the keyboard, and a copy on disk.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture browser)
{
    private const string HeaderBox = "form.site-search--header input[name=q]";


    [Theory]
    [InlineData("signs", "about-cse/signs/", 3)]
    [InlineData("what is cse?", "about-cse/what-is-cse/", 3)] // "cse" also searches "child sexual exploitation", from the glossary
    [InlineData("screening tool", "referral/screening-tool/", 3)]
    [InlineData("groomed", "about-cse/models-of-exploitation/", 3)]
    [InlineData("going missing", "about-cse/missing-and-absent/", 3)]
    [InlineData("lesson consent 14", "lessons/14-16/", 3)]
    [InlineData("lesson friendships 14", "lessons/11-14/healthy-friendships-teacher/", 3)]
    public async Task Typing_a_query_puts_the_page_a_visitor_wants_near_the_top(string query, string expected, int within)
    {
        await using var session = await browser.OpenAsync(browser.ContentPage);
        var page = session.Page;
        await page.FillAsync(HeaderBox, query);

        var results = page.Locator("form.site-search--header .site-search__link");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        var hrefs = await results.EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.Contains(hrefs.Take(within), href => href.EndsWith(expected, StringComparison.Ordinal));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task No_search_file_is_fetched_until_the_visitor_uses_the_search_box()
    {
        await using var session = await browser.OpenAsync(browser.ContentPage);
        var page = session.Page;
        var requested = new ConcurrentQueue<string>();
        page.Request += (_, request) => requested.Enqueue(request.Url);
        await page.ReloadAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.DoesNotContain(requested, IsSearchFile);

        // Tabbing into the box is not searching: still nothing.
        await page.FocusAsync(HeaderBox);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain(requested, IsSearchFile);

        await page.Keyboard.TypeAsync("grooming");
        await Assertions.Expect(page.Locator("form.site-search--header .site-search__link").First).ToBeVisibleAsync();
        Assert.Contains(requested, url => url.EndsWith("assets/sitegen-search.js", StringComparison.Ordinal));
        Assert.Contains(requested, url => url.EndsWith("search/manifest.js", StringComparison.Ordinal));
        Assert.Contains(requested, url => url.EndsWith("assets/lunr.min.js", StringComparison.Ordinal));
        Assert.Contains(requested, url => url.Contains("search/t/", StringComparison.Ordinal));
        Assert.DoesNotContain(requested, url => url.Contains("search/terms.js", StringComparison.Ordinal) || url.Contains("search/titles.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_visitor_chooses_a_result_with_the_keyboard_and_hears_the_count()
    {
        await using var session = await browser.OpenAsync(browser.Home);
        var page = session.Page;
        await page.FocusAsync(HeaderBox);
        await page.Keyboard.TypeAsync("signs");
        await Assertions.Expect(page.Locator("form.site-search--header [aria-live]")).ToContainTextAsync("results for signs");

        await page.Keyboard.PressAsync("ArrowDown");
        var first = page.Locator("form.site-search--header .site-search__link").First;
        await Assertions.Expect(first).ToBeFocusedAsync();
        var href = await first.EvaluateAsync<string>("a => a.href");
        var shown = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'");

        // Enter on the result the reader has focused (the locator re-finds it should the list be redrawn meanwhile).
        await first.PressAsync("Enter");

        try
        {
            await Assertions.Expect(page).ToHaveURLAsync(href);
        }
        catch (PlaywrightException)
        {
            Assert.Fail($"Enter on the focused result ({shown}) should open {href}, but the page is at {page.Url}.");
        }
        Assert.Contains("signs", href, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_that_opt_out_are_never_found()
    {
        await using var session = await browser.OpenAsync(browser.ContentPage);
        var page = session.Page;
        await page.FillAsync(HeaderBox, "cover your tracks");
        await Assertions.Expect(page.Locator("form.site-search--header [aria-live]")).ToContainTextAsync("for cover your tracks");

        var hrefs = await page.Locator("form.site-search--header .site-search__link").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.DoesNotContain(hrefs, href => href.Contains("cover-your-tracks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_search_page_opens_with_the_results_of_its_address_and_filters_them_by_audience()
    {
        var searchPage = browser.Pages.Single(p => p.File == "search/index.html");
        await using var session = await browser.OpenAsync(new Uri(searchPage.Url + "?q=signs"));
        var page = session.Page;
        var status = page.Locator("#search-page-results [role=status]");
        await Assertions.Expect(status).ToContainTextAsync("results for signs");
        var all = Count(await status.TextContentAsync());

        await page.CheckAsync("#search-page-filters-young-people");
        await Assertions.Expect(status).ToContainTextAsync("results for signs, for young people");
        var narrowed = Count(await status.TextContentAsync());
        await Assertions.Expect(page.Locator("#search-page-results .site-search__result").First).ToBeVisibleAsync();

        Assert.InRange(narrowed, 1, all - 1);
        Assert.Equal("signs", await page.InputValueAsync("#search-page-input"));
    }

    [Fact]
    public async Task Search_has_no_axe_violations_with_results_showing()
    {
        await using var session = await browser.OpenAsync(browser.ContentPage);
        var page = session.Page;
        await page.FocusAsync(HeaderBox);
        await page.Keyboard.TypeAsync("grooming");
        await Assertions.Expect(page.Locator("form.site-search--header .site-search__link").First).ToBeVisibleAsync();
        var header = await AxeChecks.RunAsync(page);
        var searchPage = browser.Pages.Single(p => p.File == "search/index.html");
        await page.GotoAsync(searchPage.Url + "?q=grooming");
        await Assertions.Expect(page.Locator("#search-page-results .site-search__result").First).ToBeVisibleAsync();
        var full = await AxeChecks.RunAsync(page);

        Assert.All(new[] { header, full }, result =>
            Assert.True(result.Violations.Length == 0, string.Join('\n', AxeChecks.Describe(result))));
    }

    [Fact]
    public async Task Search_works_in_the_copy_opened_from_disk()
    {
        await using var session = await browser.OpenAsync(browser.DiskSite.FileUrl("index.html"));
        var page = session.Page;
        await page.FillAsync(HeaderBox, "signs");
        var first = page.Locator("form.site-search--header .site-search__link").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        var href = await first.EvaluateAsync<string>("a => a.href");
        await first.ClickAsync();

        Assert.Matches(@"^file:///.*/signs/index\.html$", href); // a disk copy links to index.html itself
        await Assertions.Expect(page).ToHaveURLAsync(href);
        Assert.Empty(session.Errors);
    }

    /// <summary>"12 results for signs" is 12.</summary>
    private static int Count(string? status) => int.Parse(status!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The search script, lunr.js, and any part of the index.</summary>
    internal static bool IsSearchFile(string url) =>
        url.EndsWith("assets/sitegen-search.js", StringComparison.Ordinal) || url.Contains("/search/", StringComparison.Ordinal) && !url.Contains("/search/?", StringComparison.Ordinal) && !url.EndsWith("/search/", StringComparison.Ordinal) && !url.EndsWith("/search/index.html", StringComparison.Ordinal) ||
        url.EndsWith("lunr.min.js", StringComparison.Ordinal);
}
