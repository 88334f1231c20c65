using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// A page links only to the site, other web sites, email addresses and phone numbers, and fetches
/// nothing from another host: a script URL or a tracking pixel written in Markdown is an error
/// at its line and column, however it is disguised.
/// </summary>
public sealed class LinkTargetTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JaVaScRiPt:alert(1)", "javascript")]
    [InlineData("java&#x09;script:alert(1)", "javascript")] // a tab the browser drops
    [InlineData("javascript&colon;alert(1)", "javascript")] // an entity Markdown decodes
    [InlineData("%20javascript:alert(1)", "")] // not a scheme at all: a missing relative file
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", "data")]
    [InlineData("vbscript:msgbox(1)", "vbscript")]
    [InlineData("file:///etc/passwd", "file")]
    public void A_link_whose_scheme_is_not_http_https_mailto_or_tel_is_refused_at_its_place(string target, string scheme)
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + $"Some text, then [a link]({target}).\n");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        if (scheme.Length == 0)
        {
            Assert.Contains(result.Errors, e => e.Code == DiagnosticCodes.BrokenLink);
            return;
        }

        var error = Assert.Single(result.Errors);
        Assert.Equal(DiagnosticCodes.RefusedScheme, error.Code);
        Assert.Equal(new SourceLocation("content/help/a.md", 9, 17), error.Location);
        Assert.Contains($"'{scheme}:' scheme", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://", error.Fix, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void An_autolink_or_a_reference_link_with_a_script_url_is_refused_too()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "<javascript:alert(1)>\n\nSee [the page][ref].\n\n[ref]: JAVASCRIPT:alert(2)\n");

        var errors = _site.Build().Errors.ToList();

        Assert.Equal(2, errors.Count(e => e.Code == DiagnosticCodes.RefusedScheme));
        Assert.Contains(errors, e => e.Location == new SourceLocation("content/help/a.md", 9, 1));
        Assert.Contains(errors, e => e.Location.Line == 11);
    }

    [Theory]
    [InlineData("https://other.example/pixel.gif")]
    [InlineData("http://other.example/pixel.gif")]
    [InlineData("//other.example/pixel.gif")]
    public void An_image_from_another_host_is_refused_and_the_fix_says_to_copy_it_into_the_site(string source)
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + $"Text.\n\n![A chart of calls]({source})\n");

        var error = Assert.Single(_site.Build().Errors);

        Assert.Equal(DiagnosticCodes.ExternalResource, error.Code);
        Assert.Equal(new SourceLocation("content/help/a.md", 11, 1), error.Location);
        Assert.Contains(source, error.Message, StringComparison.Ordinal);
        Assert.Contains("Copy the file into the site", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_other_sites_email_and_phone_numbers_stay_as_written()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") +
            "Visit [Childline](https://www.childline.org.uk/), [NSPCC](//www.nspcc.org.uk/), [email](mailto:help@example.org) or [call](tel:08001111).\n");

        _site.BuildOk();
        var hrefs = _site.Html("help/a/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["https://www.childline.org.uk/", "//www.nspcc.org.uk/", "mailto:help@example.org", "tel:08001111"], hrefs);
    }

    [Fact]
    public void A_quiz_learn_more_link_must_be_a_page_of_the_site()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + """
            Text.

            ```quiz
            id: a-quiz
            title: Check what you know
            questions:
              - id: q1
                kind: true-false
                question: Is this a question?
                answer: true
                explanation: It is.
                learn_more: javascript:alert(1)
            ```

            """);

        var error = Assert.Single(_site.Build().Errors);

        Assert.Equal(DiagnosticCodes.RefusedScheme, error.Code);
        Assert.Equal("content/help/a.md", error.Location.File);
    }
}
