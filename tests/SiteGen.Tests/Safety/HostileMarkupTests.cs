using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// Raw HTML a site allows, a site's own theme templates and the addresses in site.yaml cannot
/// run script, style inline, or make a reader's browser fetch from another host either.
/// </summary>
public sealed class HostileMarkupTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private void AllowHtml() => _site.Write("site.yaml", TestSite.SiteYaml + "markdown:\n  allow_html: true\n");

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", DiagnosticCodes.RefusedScheme)]
    [InlineData("<img src=\"https://other.example/p.gif\" alt=\"\">", DiagnosticCodes.ExternalResource)]
    [InlineData("<img src=\"x.png\" srcset=\"//other.example/p.gif 2x\" alt=\"\">", DiagnosticCodes.ExternalResource)]
    [InlineData("<video poster=\"https://other.example/p.jpg\"></video>", DiagnosticCodes.ExternalResource)]
    [InlineData("<iframe src=\"https://other.example/\"></iframe>", DiagnosticCodes.ExternalResource)]
    [InlineData("<span onmouseover=\"alert(1)\">x</span>", DiagnosticCodes.UnsafeMarkup)]
    [InlineData("<script>alert(1)</script>", DiagnosticCodes.UnsafeMarkup)]
    [InlineData("<p style=\"background:url(https://other.example/p.gif)\">x</p>", DiagnosticCodes.UnsafeMarkup)]
    [InlineData("<base href=\"https://other.example/\">", DiagnosticCodes.UnsafeMarkup)]
    public void Raw_html_that_is_allowed_still_may_not_turn_the_page_against_its_readers(string html, string code)
    {
        AllowHtml();
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "Some text.\n\n" + html + "\n");

        var errors = _site.Build().Errors.ToList();

        Assert.Contains(errors, e => e.Code == code && e.Location == new SourceLocation("content/help/a.md", 11, 1));
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Safe_raw_html_still_builds_when_it_is_allowed()
    {
        AllowHtml();
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "<details><summary>More</summary>\n\nA <a href=\"https://www.childline.org.uk/\">link</a>.\n\n</details>\n");

        _site.BuildOk();
    }

    [Fact]
    public void A_site_template_that_loads_a_script_from_another_host_is_refused_at_the_template()
    {
        var footer = File.ReadAllText(Path.Combine(RepoPaths.Themes, "default/components/footer/footer.sbn-html"));
        _site.Write("themes/default/components/footer/footer.sbn-html", footer + "<script src=\"https://tracker.example/t.js\"></script>\n");

        var errors = _site.Build().Errors.Where(e => e.Code == DiagnosticCodes.ExternalResource).ToList();

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Contains("tracker.example", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_finished_pages_are_read_back_as_a_browser_reads_them()
    {
        // A site's own footer: a broken link and a broken anchor from the theme, an image with no
        // text (written <image>, which browsers read as <img>), an inline handler hidden in a
        // <template>, and a link written inside a <textarea>, which a browser reads as text.
        var footer = File.ReadAllText(Path.Combine(RepoPaths.Themes, "default/components/footer/footer.sbn-html"));
        _site.Write("themes/default/components/footer/footer.sbn-html", footer
            + "<a href=\"{{ links.help }}no-such-page/\">Gone</a>\n"
            + "<a href=\"#no-such-id\">Nowhere</a>\n"
            + "<image src=\"no-text.svg\">\n"
            + "<template><button onclick=\"go()\">Go</button></template>\n"
            + "<textarea aria-label=\"Notes\"><a href=\"missing-in-text/\">not a link</a></textarea>\n");

        var errors = _site.Build().Errors;

        Assert.Contains(errors, e => e.Code == DiagnosticCodes.BrokenLink && e.Message.Contains("no-such-page/", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Code == DiagnosticCodes.BrokenAnchor && e.Message.Contains("#no-such-id", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Code == DiagnosticCodes.MissingAltText && e.Message.Contains("no-text.svg", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Code == DiagnosticCodes.UnsafeMarkup && e.Message.Contains("onclick", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Message.Contains("missing-in-text", StringComparison.Ordinal));
    }

    [Fact]
    public void A_contact_url_must_be_a_web_address()
    {
        _site.Write("site.yaml", TestSite.SiteYaml.Replace("url: https://www.childline.org.uk/", "url: javascript:alert(1)", StringComparison.Ordinal));

        var error = _site.BuildError(DiagnosticCodes.RefusedScheme);

        Assert.Equal("site.yaml", error.Location.File);
        Assert.True(error.Location.Line > 0);
        Assert.Contains("childline", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_from_another_host_is_refused()
    {
        _site.Write("site.yaml", TestSite.SiteYaml.Replace("  name: Testshire Safeguarding Children Partnership\n",
            "  name: Testshire Safeguarding Children Partnership\n  logo: https://other.example/logo.png\n", StringComparison.Ordinal));

        var error = _site.BuildError(DiagnosticCodes.ExternalResource);

        Assert.Equal(new SourceLocation("site.yaml", 7, 9), error.Location);
        Assert.Contains("static/", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_column_is_aligned_by_a_class_not_a_style_the_policy_would_block()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "| Service | Number |\n|:--|--:|\n| Childline | 0800 1111 |\n");

        _site.BuildOk();
        var page = _site.Html("help/a/index.html");

        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Equal(["table-cell--left", "table-cell--right", "table-cell--left", "table-cell--right"],
            page.QuerySelectorAll("th, td").Select(c => c.ClassName));
    }
}
