using AngleSharp.Html.Parser;

namespace SiteGen.Bench;

/// <summary>
/// The page Pagefind's default UI is measured on: SiteGen's own search page (<c>search/index.html</c>,
/// with the site's header, navigation, help block and footer) copied to <c>pagefind-search/index.html</c>,
/// its search form, results and script replaced by <c>new PagefindUI(...)</c>, so both tools are
/// measured on the same page shell. Written after Pagefind has indexed the site, so it is not in the index.
/// </summary>
internal static class PagefindSearchPage
{
    /// <summary>The page's address in the site.</summary>
    public const string SitePath = "pagefind-search/";

    /// <summary>
    /// The page's own script: the default UI in <c>#search</c>, ten results at a time (its default is
    /// five), and a search for the address's <c>?q=</c> at once, as SiteGen's search page does.
    /// </summary>
    private const string Script = """
        // The harness's Pagefind search page: Pagefind's default UI, searching ?q= at once.
        window.addEventListener('DOMContentLoaded', function () {
          var ui = new PagefindUI({ element: '#search', pageSize: 10, showImages: false });
          var query = new URLSearchParams(window.location.search).get('q');
          if (query) {
            ui.triggerSearch(query);
          }
        });
        """;

    /// <summary>Writes the page and its script into <paramref name="site"/>, which Pagefind has indexed.</summary>
    public static void Write(string site)
    {
        var searchPage = Path.Combine(site, "search", "index.html");
        using var document = new HtmlParser().ParseDocument(File.ReadAllText(searchPage));
        var content = document.QuerySelector(".search-page")
            ?? throw new InvalidOperationException($"{searchPage} has no .search-page to put Pagefind's UI in.");

        // SiteGen's own search code leaves the page: the page form's script, and the results it fills.
        var form = content.QuerySelector("form[data-search-script]");
        var ownScript = form?.GetAttribute("data-search-script");
        // (and lunr.js and the index's manifest, which the search page asks for with it).
        foreach (var script in document.QuerySelectorAll("script[src]").Where(s => s.GetAttribute("src") == ownScript || s.HasAttribute("data-search-early")).ToList())
        {
            script.Remove();
        }

        var title = content.QuerySelector("h1")?.OuterHtml ?? "<h1 class=\"page-title\">Search</h1>";
        content.InnerHtml = title + "<div id=\"search\"></div>";

        // Pagefind compiles its search code as WebAssembly, which SiteGen's policy ("default-src 'self'") forbids.
        var policy = document.QuerySelector("meta[http-equiv=Content-Security-Policy]");
        if (policy?.GetAttribute("content") is { } rules)
        {
            policy.SetAttribute("content", rules + "; script-src 'self' 'wasm-unsafe-eval'");
        }

        var css = document.CreateElement("link");
        css.SetAttribute("rel", "stylesheet");
        css.SetAttribute("href", "../pagefind/pagefind-ui.css");
        document.Head!.AppendChild(css);
        foreach (var src in new[] { "../pagefind/pagefind-ui.js", "search.js" })
        {
            var script = document.CreateElement("script");
            script.SetAttribute("src", src);
            document.Body!.AppendChild(script);
        }

        var folder = Path.Combine(site, "pagefind-search");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.html"), document.DocumentElement.OuterHtml.Insert(0, "<!DOCTYPE html>\n"));
        File.WriteAllText(Path.Combine(folder, "search.js"), Script + "\n");
    }
}
