using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Theme;

/// <summary>
/// A site's own template overrides the theme's; a template that is wrong is an error at its
/// file, line and column, every one of them in one run, and never silent empty output.
/// </summary>
public sealed class ThemeTemplateTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private static string ThemeFile(string path) => File.ReadAllText(Path.Combine(RepoPaths.Themes, "default", path));

    // The built help page's footer element, as written.
    private string HelpPageFooter()
    {
        var html = _site.OutputText("help/index.html");
        return html[html.IndexOf("<footer", StringComparison.Ordinal)..(html.IndexOf("</footer>", StringComparison.Ordinal) + "</footer>".Length)];
    }

    [Fact]
    public void A_sites_copy_of_a_layout_from_an_older_theme_is_told_what_it_no_longer_loads()
    {
        // An older base layout: no quiz script, no training stylesheet.
        var older = ThemeFile("layouts/base.sbn-html").Split('\n').Where(l => !l.Contains("assets.quiz_js", StringComparison.Ordinal) && !l.Contains("assets.training_css", StringComparison.Ordinal));
        _site.Write("themes/default/layouts/base.sbn-html", string.Join('\n', older));
        _site.Write("themes/default/layouts/search.sbn-html", ThemeFile("layouts/search.sbn-html"));

        var result = _site.BuildOk();

        var warnings = result.Warnings.Where(w => w.Code == DiagnosticCodes.TemplateMissesAsset).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal("themes/default/layouts/base.sbn-html", w.Location.File));
        Assert.Contains(warnings, w => w.Message.Contains("quizzes would not work", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("training module pages would lose their styles", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_the_page_model_does_not_have_is_an_error_at_its_place_not_empty_output()
    {
        _site.Write("themes/default/components/footer/footer.sbn-html", "<footer>\n  <p>{{ site.partnership.phone }}</p>\n</footer>\n");

        var error = _site.BuildError(DiagnosticCodes.ThemeError);

        Assert.Equal(new SourceLocation("themes/default/components/footer/footer.sbn-html", 2, 26), error.Location);
        Assert.Contains("phone", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_member_of_nothing_is_an_error_once_not_once_per_page()
    {
        _site.Write("themes/default/components/footer/footer.sbn-html", "<footer>{{ page.module.title }}</footer>\n");

        var errors = _site.Build().Errors.Where(e => e.Code == DiagnosticCodes.ThemeError).ToList();

        var error = Assert.Single(errors);
        Assert.Equal(new SourceLocation("themes/default/components/footer/footer.sbn-html", 1, 24), error.Location);
    }

    [Fact]
    public void Every_template_that_does_not_parse_is_reported_in_the_same_run()
    {
        _site.Write("themes/default/components/footer/footer.sbn-html", "<footer>\n{{ if site.title }}\n</footer>\n");
        _site.Write("themes/default/layouts/glossary.sbn-html", "<h1>{{ page.title </h1>\n");

        var errors = _site.Build().Errors.Where(e => e.Code == DiagnosticCodes.ThemeError).ToList();

        Assert.Contains(errors, e => e.Location.File == "themes/default/components/footer/footer.sbn-html" && e.Location.Line > 0);
        Assert.Contains(errors, e => e.Location.File == "themes/default/layouts/glossary.sbn-html" && e.Location.Line == 1);
        Assert.All(errors, e => Assert.Contains("does not parse", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_sites_own_partial_replaces_the_themes_and_the_rest_still_comes_from_the_theme()
    {
        _site.Write("themes/default/components/footer/footer.sbn-html",
            ThemeFile("components/footer/footer.sbn-html").Replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\"><p class=\"own\">Our own footer for {{ site.title }}</p>", StringComparison.Ordinal));

        _site.BuildOk();
        var page = _site.Html("help/index.html");

        Assert.Equal("Our own footer for Test partnership site", page.QuerySelector(".site-footer .own")!.TextContent);
        Assert.NotNull(page.QuerySelector(".help-block"));
    }

    [Fact]
    public void Rendered_markdown_goes_in_exactly_as_written_so_preformatted_text_keeps_its_spaces()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "Steps:\n\n```\nline one\n    indented line\n```\n");

        _site.BuildOk();

        Assert.Contains("<pre><code>line one\n    indented line\n</code></pre>", _site.OutputText("help/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_takes_its_named_values_and_the_indentation_of_the_line_that_includes_it_however_deep()
    {
        _site.Write("themes/default/components/footer/footer.sbn-html", "<footer class=\"site-footer\">\n  <div>\n    {{ include 'own-note' text: site.title ~}}\n  </div>\n</footer>\n");
        _site.Write("themes/default/partials/own-note.sbn-html", "<p class=\"own-note\">{{ $text }}</p>\n<ul>\n  {{ include 'own-item' item: \"one\" ~}}\n</ul>\n");
        _site.Write("themes/default/partials/own-item.sbn-html", "<li>\n  {{ $item }}\n</li>\n");

        _site.BuildOk();

        // The base layout includes the footer four spaces in; each partial adds its own line's indentation.
        Assert.Equal("<footer class=\"site-footer\">\n      <div>\n        <p class=\"own-note\">Test partnership site</p>\n        <ul>\n          <li>\n            one\n          </li>\n        </ul>\n      </div>\n    </footer>", HelpPageFooter());
    }

    [Fact]
    public void A_partial_kept_in_a_variable_is_written_where_the_variable_is_as_trusted_markup()
    {
        // An include that is not a statement of its own gives its text back, rather than writing it where it stands.
        _site.Write("themes/default/components/footer/footer.sbn-html", "<footer class=\"site-footer\">\n  {{ note = include 'own-note' text: site.title ~}}\n  <div>{{ note }}</div>\n</footer>\n");
        _site.Write("themes/default/partials/own-note.sbn-html", "<p class=\"own-note\">{{ $text }}</p>");

        _site.BuildOk();

        Assert.Equal("<footer class=\"site-footer\">\n        <div><p class=\"own-note\">Test partnership site</p></div>\n    </footer>", HelpPageFooter());
    }

    [Fact]
    public void A_named_value_that_fails_is_an_error_at_its_place_once_not_once_per_page()
    {
        _site.Write("themes/default/components/footer/footer.sbn-html", "<footer>\n  {{ include 'contact' contact: site.partnership.phone }}\n</footer>\n");

        var errors = _site.Build().Errors.Where(e => e.Code == DiagnosticCodes.ThemeError).ToList();

        var error = Assert.Single(errors);
        Assert.Equal(new SourceLocation("themes/default/components/footer/footer.sbn-html", 2, 50), error.Location);
        Assert.Contains("phone", error.Message, StringComparison.Ordinal);
    }
}
