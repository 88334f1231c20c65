using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// Every value from front matter or site.yaml is text: markup in it reaches the page as the
/// characters the editor typed, never as elements, wherever the theme shows it.
/// </summary>
public sealed class HostileTextTests : IDisposable
{
    /// <summary>Markup that would run script or load a file if it were written into a page as HTML.</summary>
    private const string Hostile = "Evil <script>alert(1)</script><img src=x onerror=alert(2)> \"quoted\" & 'single'";

    // The same text as a YAML single-quoted scalar.
    private static readonly string Yaml = "'" + Hostile.Replace("'", "''", StringComparison.Ordinal) + "'";

    private readonly TestSite _site = new();

    public HostileTextTests()
    {
        var siteYaml = TestSite.SiteYaml
            .Replace("title: Test partnership site", $"title: {Yaml}", StringComparison.Ordinal)
            .Replace("description: A site for tests.", $"description: {Yaml}", StringComparison.Ordinal)
            .Replace("  name: Testshire Safeguarding Children Partnership", $"  name: {Yaml}\n  address: {Yaml}", StringComparison.Ordinal)
            .Replace("    name: Childline\n", $"    name: {Yaml}\n    hours: {Yaml}\n    description: {Yaml}\n", StringComparison.Ordinal)
            .Replace("    label: I am a parent or carer", $"    label: {Yaml}", StringComparison.Ordinal)
            .Replace("    title: For parents and carers", $"    title: {Yaml}\n    description: {Yaml}", StringComparison.Ordinal)
            .Replace("    label: 11 to 14", $"    label: {Yaml}", StringComparison.Ordinal)
            .Replace("  - title: Get help", $"  - title: {Yaml}", StringComparison.Ordinal);
        // A translation, its language's name, a contact's words in it and the theme's words in it: text too.
        siteYaml = siteYaml.Replace("    url: https://www.childline.org.uk/\n", $"    url: https://www.childline.org.uk/\n    translations:\n      pl:\n        name: {Yaml}\n        description: {Yaml}\n", StringComparison.Ordinal)
            + $"languages:\n  - code: pl\n    name: {Yaml}\n";
        _site.Write("site.yaml", siteYaml);
        _site.Write("content/help/index.pl.md", $"---\ntitle: {Yaml}\nsummary: {Yaml}\nnative_review: done\n---\n\nTekst. Zadzwoń: {{{{contact:childline}}}}.\n");
        _site.Write("themes/default/strings/pl.yaml", $"exit_this_page: {Yaml}\nsearch_results_none: {Yaml}\nexit_shift_two_more: {Yaml}\n");
        var hostilePage = $"---\ntitle: {Yaml}\nsummary: {Yaml}\naudience: [parents, young-people]\nage_band: [11-14]\ntags: [{Yaml}]\n" +
            $"reviewed: 2026-01-01\nreview_due: 2027-01-01\nsequence: true\nsources:\n  - document: {Yaml}\n    part: {Yaml}\n---\n\nBody text.\n";
        _site.Write("content/help/index.md", hostilePage.Replace("sequence: true\n", "", StringComparison.Ordinal));
        _site.Write("content/lessons/index.md", hostilePage);
        _site.Write("content/lessons/first.md", TestSite.Page("First lesson", "young-people", "age_band: [11-14]\norder: 1\n") + "Read this first.\n");
        _site.Write("content/lessons/second.md", hostilePage.Replace("sequence: true\n", "order: 2\n", StringComparison.Ordinal));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Markup_in_front_matter_and_site_yaml_never_becomes_an_element_on_any_page()
    {
        _site.BuildOk();

        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = _site.Html(Path.GetRelativePath(_site.Output, file));
            var where = Path.GetRelativePath(_site.Output, file);
            Assert.Empty(page.QuerySelectorAll("script:not([src])").Select(e => where + ": " + e.OuterHtml));
            Assert.Empty(page.QuerySelectorAll("img[src='x']").Select(e => where + ": " + e.OuterHtml));
            Assert.Empty(page.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))).Select(e => where + ": " + e.OuterHtml));
        }
    }

    [Fact]
    public void Pages_with_markup_in_every_field_are_still_valid_html()
    {
        _site.BuildOk();

        var (pages, problems, lines) = Markup.HtmlValidator.Validate(_site.Output);

        Assert.True(pages > 5, $"html-validate read only {pages} pages.");
        Assert.True(problems == 0, $"html-validate found {problems} problems:\n{string.Join('\n', lines.Take(40))}");
    }

    [Theory]
    [InlineData("help/index.html", "h1")]
    [InlineData("help/index.html", "title")]
    [InlineData("help/index.html", ".site-header__title")]
    [InlineData("help/index.html", ".site-header__partnership")]
    [InlineData("help/index.html", ".site-nav__link")]
    [InlineData("help/index.html", ".page-meta__document")]
    [InlineData("help/index.html", ".page-meta__part")]
    [InlineData("help/index.html", ".help-block__hours")]
    [InlineData("help/index.html", ".help-block__description")]
    [InlineData("help/index.html", ".site-footer__name")]
    [InlineData("help/index.html", ".site-footer__address")]
    [InlineData("help/index.html", ".page-audiences__item")]
    [InlineData("help/cover-your-tracks/index.html", ".section-nav__section-link")]
    [InlineData("help/cover-your-tracks/index.html", ".breadcrumbs__link")]
    [InlineData("lessons/index.html", ".page-list__link")]
    [InlineData("lessons/index.html", ".page-list__summary")]
    [InlineData("lessons/first/index.html", ".pagination__title")]
    [InlineData("lessons/first/index.html", ".section-nav__link")]
    [InlineData("index.html", ".audience-choice__link")]
    [InlineData("index.html", ".audience-choice__description")]
    [InlineData("index.html", ".audience-choice__band-link")]
    [InlineData("for/parents/index.html", "h1")]
    [InlineData("for/parents/index.html", ".lead")]
    [InlineData("for/parents/index.html", ".page-list__link")]
    [InlineData("search/index.html", ".site-search__checkbox-label")]
    [InlineData("404.html", ".help-block__contact .contact__name")]
    [InlineData("pl/help/index.html", "h1")]
    [InlineData("pl/help/index.html", "title")]
    [InlineData("pl/help/index.html", ".language-switch__item--current")]
    [InlineData("help/index.html", ".language-switch__link")]
    [InlineData("pl/help/index.html", ".exit-this-page__button")]
    [InlineData("pl/help/index.html", ".prose .contact__name")]
    [InlineData("pl/help/index.html", ".help-block__contact .contact__name")]
    public void Each_place_that_shows_a_value_shows_it_as_the_text_typed(string file, string selector)
    {
        _site.BuildOk();
        var page = _site.Html(file);

        var shown = page.QuerySelectorAll(selector).Select(e => e.TextContent).ToList();

        Assert.Contains(shown, text => text.Contains(Hostile, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("meta[name=description]", "content")]
    [InlineData("[data-search-help]", "data-search-help")]
    [InlineData("[data-search-words]", "data-search-words")]
    [InlineData("[data-i18n-two-more]", "data-i18n-two-more")]
    public void Attributes_hold_the_text_typed_and_nothing_more(string selector, string attribute)
    {
        _site.BuildOk();
        var page = _site.Html(selector.StartsWith("[data-search-help", StringComparison.Ordinal) ? "help/index.html" : "pl/help/index.html");

        var element = page.QuerySelector(selector)!;

        if (attribute == "content")
        {
            Assert.Equal(Hostile, element.GetAttribute(attribute));
        }

        Assert.Equal(element.Attributes.Length, ((IHtmlElement)element).Attributes.Length);
        Assert.DoesNotContain(element.Attributes, a => a.Name is "onerror" or "src");
    }

    [Fact]
    public void Search_data_and_module_data_carry_the_text_as_json_strings()
    {
        _site.BuildOk();

        var index = string.Join('\n', Directory.EnumerateFiles(Path.Combine(_site.Output, "search"), "*.js", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(Hostile)[1..^1], index, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", index, StringComparison.Ordinal); // JSON escapes < as \u003C
    }
}
