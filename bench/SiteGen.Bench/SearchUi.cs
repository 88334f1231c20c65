namespace SiteGen.Bench;

/// <summary>
/// How the search comparison drives one tool's search in the browser: the page that searches its
/// address's <c>?q=</c> at once, the box a further query is typed into, and a script that says
/// when the results are shown.
/// </summary>
/// <param name="Name">The tool, as the table names it.</param>
/// <param name="PagePath">The search page's address for a query, such as <c>search/?q=grooming</c>.</param>
/// <param name="Input">The selector of the search page's box.</param>
/// <param name="Shown">
/// A function of the query, run in the page until it returns an object: null while the results
/// for that query are not all shown yet, else <c>{ shown, total }</c>: how many results are shown
/// with their title and excerpt (the first ten, or all if fewer) and how many pages matched.
/// </param>
/// <param name="BeforeFurther">A script run before a further query is typed, so <paramref name="Shown"/> can tell its results from the last.</param>
internal sealed record SearchUi(string Name, Func<string, string> PagePath, string Input, string Shown, string BeforeFurther)
{
    /// <summary>The results waited for: the first ten, or all if fewer.</summary>
    public const int Results = 10;

    /// <summary>
    /// SiteGen's search page (<c>search/?q=</c>), which loads the search script, lunr, the index's
    /// manifest and the shards of the query's terms, and shows the first ten results (each a title
    /// link, its section and an excerpt) with the count of all of them.
    /// </summary>
    public static SearchUi SiteGen(string name) => new(
        name,
        query => "search/?q=" + Uri.EscapeDataString(query).Replace("%20", "+", StringComparison.Ordinal),
        "#search-page-input",
        $$"""
        (query) => {
          const input = document.querySelector('#search-page-input');
          const list = document.querySelector('#search-page-results ol.site-search__results--page:not([data-bench-old])');
          if (!input || input.value !== query || !list) return null;
          const items = [...list.querySelectorAll(':scope > li.site-search__result')];
          const first = items.slice(0, {{Results}});
          const whole = li => li.querySelector('.site-search__link')?.textContent.trim() && li.querySelector('.site-search__excerpt')?.textContent.trim();
          const count = document.querySelector('#search-page-results .site-search__count')?.textContent.replace(/,/g, '').match(/of (\d+) results/);
          return first.length > 0 && first.every(whole) ? { shown: first.length, total: count ? Number(count[1]) : items.length } : null;
        }
        """,
        "() => document.querySelectorAll('#search-page-results ol.site-search__results--page').forEach(ol => ol.setAttribute('data-bench-old', ''))");

    /// <summary>
    /// Pagefind's default UI on <see cref="PagefindSearchPage"/>: it loads pagefind.js, its
    /// WebAssembly, the index chunks for the words and a fragment for each result it shows.
    /// </summary>
    public static SearchUi Pagefind(string name) => new(
        name,
        query => PagefindSearchPage.SitePath + "?q=" + Uri.EscapeDataString(query),
        ".pagefind-ui__search-input",
        $$"""
        (query) => {
          const input = document.querySelector('.pagefind-ui__search-input');
          const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
          if (!input || input.value !== query || !message.includes(query)) return null;
          const count = message.replace(/,/g, '').match(/(\d+) results?/);
          const total = count ? Number(count[1]) : 0;
          const first = [...document.querySelectorAll('.pagefind-ui__result')].slice(0, {{Results}});
          const whole = li => !li.querySelector('.pagefind-ui__loading') && li.querySelector('.pagefind-ui__result-link')?.textContent.trim() && li.querySelector('.pagefind-ui__result-excerpt')?.textContent.trim();
          return first.length > 0 && first.length >= Math.min({{Results}}, total) && first.every(whole) ? { shown: first.length, total } : null;
        }
        """,
        "() => {}");
}
