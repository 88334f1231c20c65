using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Search on a generated site of more than a thousand pages, served at a sub-path and opened from
/// disk: a reader's first search loads only a few small parts of the index, finds the right page
/// first, and the search page gives ten results at a time.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LargeSiteSearchTests(BrowserFixture browser, LargeSite site) : IClassFixture<LargeSite>
{
    private const string HeaderBox = "form.site-search--header input[name=q]";
    private const string HeaderLinks = "form.site-search--header .site-search__link";

    [Fact]
    public async Task Nothing_of_search_loads_before_the_first_key_and_a_first_search_then_loads_only_a_few_parts()
    {
        await using var session = await browser.OpenAsync(site.Url(LargeSite.ContentPage));
        var page = session.Page;
        var requested = new ConcurrentQueue<string>();
        page.Request += (_, request) => requested.Enqueue(request.Url);
        await page.ReloadAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.FocusAsync(HeaderBox);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain(requested, SearchTests.IsSearchFile);

        await page.Keyboard.TypeAsync("grooming");
        await Assertions.Expect(page.Locator(HeaderLinks)).ToHaveCountAsync(5);

        var search = requested.Where(SearchTests.IsSearchFile).Select(url => new Uri(url).AbsolutePath).ToList();
        var shards = search.Count(path => path.Contains("/search/t/", StringComparison.Ordinal));
        var fragments = search.Count(path => path.Contains("/search/p/", StringComparison.Ordinal));
        Assert.InRange(shards, 1, 3); // the shards of "g", "gr", ... "grooming" as typed: neighbours, not the index
        Assert.Equal(5, fragments); // one for each result shown
        Assert.Equal(search.Count, shards + fragments + 3); // and the search script, lunr.js and the manifest: nothing else
        Assert.All(search, path => Assert.StartsWith(LargeSite.BasePath, path, StringComparison.Ordinal));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task The_page_only_its_title_matches_comes_first_at_a_sub_path_and_from_disk()
    {
        foreach (var (url, expected) in new[]
        {
            (site.Url(LargeSite.ContentPage), site.Url(LargeSite.PlantedPage).AbsoluteUri),
            (site.FileUrl(LargeSite.ContentPage), site.FileUrl(LargeSite.PlantedPage).AbsoluteUri),
        })
        {
            await using var session = await browser.OpenAsync(url);
            var page = session.Page;
            await page.FocusAsync(HeaderBox);
            await page.Keyboard.TypeAsync(LargeSite.PlantedWords);
            var first = page.Locator(HeaderLinks).First;
            await Assertions.Expect(first).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("kestrelford-outreach/"));

            Assert.Equal(expected, await first.EvaluateAsync<string>("a => a.href"));
            await first.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(expected);
            Assert.Empty(session.Errors);
        }
    }

    [Fact]
    public async Task The_search_page_shows_ten_results_and_ten_more_when_asked_with_the_keyboard()
    {
        await using var session = await browser.OpenAsync(site.Url("search/?q=grooming"));
        var page = session.Page;
        var results = page.Locator("#search-page-results .site-search__result");
        var status = page.Locator("#search-page-results [role=status]");
        await Assertions.Expect(results).ToHaveCountAsync(10);
        await Assertions.Expect(status).ToContainTextAsync("results for grooming");
        var total = int.Parse((await status.TextContentAsync())!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 100, $"only {total} results for grooming in a site of {LargeSite.GeneratedPages} generated pages");
        await Assertions.Expect(page.Locator(".site-search__count")).ToHaveTextAsync($"Showing 10 of {total} results");
        var firstTen = await results.Locator(".site-search__link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        await page.FocusAsync(".site-search__more");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(results).ToHaveCountAsync(20);
        await Assertions.Expect(results.Nth(10).Locator(".site-search__link")).ToBeFocusedAsync();
        await Assertions.Expect(status).ToHaveTextAsync($"Showing 20 of {total} results for grooming");
        Assert.Equal(firstTen, (await results.Locator(".site-search__link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).Take(10));
        var axe = await AxeChecks.RunAsync(page);
        Assert.True(axe.Violations.Length == 0, string.Join('\n', AxeChecks.Describe(axe)));

        // The copy on disk ranks the same pages first.
        await page.GotoAsync(new Uri(Path.Combine(site.DiskOutput, "search", "index.html")).AbsoluteUri + "?q=grooming");
        await Assertions.Expect(results).ToHaveCountAsync(10);
        var fromDisk = await results.Locator(".site-search__link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(firstTen.Select(href => href + "index.html"), fromDisk);
        Assert.Empty(session.Errors);
    }
}
