using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>Every kind of bad content gets an error with its file, line and column, and a fix.</summary>
public sealed class BadContentTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Malformed_front_matter_is_reported_at_its_line_in_the_markdown_file()
    {
        _site.Write("content/help/a.md", "---\ntitle: A\nsummary: [unclosed\naudience: parents\n---\nBody\n");

        var error = _site.BuildError(DiagnosticCodes.YamlSyntax);

        Assert.Equal("content/help/a.md", error.Location.File);
        Assert.InRange(error.Location.Line, 3, 5);
        Assert.Contains("front matter is not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_deleted_between_being_listed_and_being_read_is_an_error_not_a_crash()
    {
        // What an editor's tools do mid-build: the file was listed, then deleted to be written again.
        var diagnostics = new DiagnosticBag();
        var config = SiteGen.Configuration.SiteConfigLoader.Load(Path.Combine(_site.Root, "site.yaml"), "site.yaml", diagnostics)!;
        var parser = new SiteGen.Content.PageParser(config, SiteGen.Markdown.ContentPipeline.Create(config), new HashSet<string> { "page" }, diagnostics);
        var gone = new SiteGen.Content.ContentFile("help/gone.md", Path.Combine(_site.Root, "content", "help", "gone.md"), "content/help/gone.md");

        Assert.Null(parser.Parse(gone));

        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.ContentUnreadable, error.Code);
        Assert.Equal("content/help/gone.md", error.Location.File);
        Assert.Contains("Save it again", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8 with a byte order mark")]
    [InlineData("utf-16, as Windows Notepad saves 'Unicode'")]
    public void A_page_saved_by_a_windows_editor_builds_and_its_errors_point_at_its_own_lines(string saved)
    {
        var text = "---\r\ntitle: Café rules\r\nsummary: About a.\r\naudience: [parents]\r\nreviewed: 2026-01-01\r\nreview_due: 2027-01-01\r\n---\r\nBody\r\n\r\n[broken](nowhere.md)\r\n";
        var path = Path.Combine(_site.Root, "content", "help", "a.md");
        var encoding = saved.StartsWith("utf-8", StringComparison.Ordinal) ? (System.Text.Encoding)new System.Text.UTF8Encoding(true) : System.Text.Encoding.Unicode;
        File.WriteAllText(path, text, encoding);

        var error = _site.BuildError(DiagnosticCodes.BrokenLink);
        File.WriteAllText(path, text.Replace("[broken](nowhere.md)", "Fixed.", StringComparison.Ordinal), encoding);
        _site.BuildOk();

        Assert.Equal(new SourceLocation("content/help/a.md", 10, 1), error.Location);
        Assert.Equal("Café rules", _site.Html("help/a/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void A_missing_title_is_an_error_naming_the_key()
    {
        _site.Write("content/help/a.md", "---\nsummary: About a.\naudience: [parents]\n---\nBody\n");

        var error = _site.BuildError(DiagnosticCodes.YamlMissingKey);

        Assert.Equal(new SourceLocation("content/help/a.md", 2, 1), error.Location);
        Assert.Equal("The front matter is missing the required key 'title'.", error.Message);
        Assert.Equal("Add a line `title: ...`.", error.Fix);
    }

    [Fact]
    public void An_unknown_front_matter_key_is_reported_at_its_line()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents", "reviwed: 2026-01-01\n") + "Body\n");

        var error = _site.BuildError(DiagnosticCodes.YamlUnknownKey);

        Assert.Equal(new SourceLocation("content/help/a.md", 7, 1), error.Location);
        Assert.Equal("Did you mean 'reviewed'?", error.Fix);
    }

    [Fact]
    public void A_file_without_front_matter_says_how_to_add_it()
    {
        _site.Write("content/help/a.md", "# Just a heading\n");

        var error = _site.BuildError(DiagnosticCodes.FrontMatterMissing);

        Assert.Equal(new SourceLocation("content/help/a.md", 1, 1), error.Location);
        Assert.Contains("sitegen new page", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_audience_is_reported_at_the_item()
    {
        _site.Write("content/help/a.md", "---\ntitle: A\nsummary: S.\naudience: [parents, teachers]\n---\n");

        var error = _site.BuildError(DiagnosticCodes.FrontMatterInvalid);

        Assert.Equal(new SourceLocation("content/help/a.md", 4, 21), error.Location);
        Assert.Equal("Unknown audience 'teachers'.", error.Message);
    }

    [Fact]
    public void Two_files_published_at_the_same_address_are_an_error()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "A\n");
        _site.Write("content/help/b.md", TestSite.Page("B", "parents", "slug: a\n") + "B\n");

        var error = _site.BuildError(DiagnosticCodes.DuplicateOutputPath);

        Assert.Equal(new SourceLocation("content/help/b.md", 7, 7), error.Location);
        Assert.Equal("This page and content/help/a.md would both be published at /help/a/.", error.Message);
    }

    [Theory]
    [InlineData("../../../etc")]
    [InlineData("..")]
    [InlineData("a/b")]
    public void A_slug_that_tries_to_leave_its_folder_is_refused(string slug)
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents", $"slug: {slug}\n") + "A\n");

        var error = _site.BuildError(DiagnosticCodes.UnsafePath);

        Assert.Equal(new SourceLocation("content/help/a.md", 7, 7), error.Location);
        Assert.Contains("outside its section, or outside the site", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_broken_link_is_reported_where_the_link_is_with_the_likely_file()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "Line one.\n\nSee [the glossary](../glosary/index.md).\n");

        var error = _site.BuildError(DiagnosticCodes.BrokenLink);

        Assert.Equal(new SourceLocation("content/help/a.md", 11, 5), error.Location);
        Assert.Equal("The link '../glosary/index.md' goes to content/glosary/index.md, which does not exist.", error.Message);
        Assert.Equal("Did you mean 'glossary/index.md'?", error.Fix);
    }

    [Fact]
    public void A_link_to_a_missing_heading_is_an_error()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "## Signs to look for\n\n[b](b.md#signs)\n");
        _site.Write("content/help/b.md", TestSite.Page("B", "parents") + "[a](a.md#signs-to-look-for) and [me](#nothing-here)\n");

        var result = _site.Build();

        var errors = result.Errors.ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.BrokenAnchor, e.Code));
        Assert.Equal(new SourceLocation("content/help/a.md", 11, 1), errors[0].Location);
        Assert.Equal("content/help/b.md has no heading with the id 'signs'.", errors[0].Message);
        Assert.Equal(new SourceLocation("content/help/b.md", 9, 33), errors[1].Location);
    }

    [Fact]
    public void A_link_from_the_site_root_is_refused_because_it_breaks_under_a_sub_path()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "[help](/help/)\n");

        var error = _site.BuildError(DiagnosticCodes.BrokenLink);

        Assert.Contains("starts from the site root", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_contact_is_reported_at_the_placeholder_with_the_known_ones()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "Call us on\nthe number {{contact:mash}} today.\n");

        var error = _site.BuildError(DiagnosticCodes.UnknownContact);

        Assert.Equal(new SourceLocation("content/help/a.md", 10, 12), error.Location);
        Assert.Equal("Unknown contact 'mash' in {{contact:mash}}.", error.Message);
        Assert.Contains("front_door", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_callout_kind_and_an_unclosed_callout_are_both_reported()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "::: urgent Read this\nText\n");

        var result = _site.Build();

        Assert.Equal(
            [(DiagnosticCodes.UnknownCallout, 9), (DiagnosticCodes.UnclosedCallout, 9)],
            result.Errors.Select(e => (e.Code, e.Location.Line)).Order().ToArray());
    }

    [Fact]
    public void Raw_html_is_an_error_unless_the_site_allows_it()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "Text <b>bold</b>.\n");

        var error = _site.BuildError(DiagnosticCodes.RawHtml);
        _site.Write("site.yaml", TestSite.SiteYaml + "markdown:\n  allow_html: true\n");
        var allowed = _site.Build();

        Assert.Equal(new SourceLocation("content/help/a.md", 9, 6), error.Location);
        Assert.True(allowed.Succeeded, string.Join('\n', allowed.Diagnostics));
    }

    [Fact]
    public void A_level_one_heading_in_the_body_is_an_error_because_the_title_is_the_h1()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "# A again\n");

        var error = _site.BuildError(DiagnosticCodes.BodyHeadingLevel);

        Assert.Equal(new SourceLocation("content/help/a.md", 9, 1), error.Location);
    }

    [Fact]
    public void A_folder_without_an_index_page_is_an_error()
    {
        _site.Write("content/lessons/a.md", TestSite.Page("A", "parents") + "A\n");

        var error = _site.BuildError(DiagnosticCodes.FrontMatterInvalid);

        Assert.Equal("The folder content/lessons/ has no index.md, so its section has no title or landing page.", error.Message);
    }

    [Fact]
    public void Errors_in_different_files_and_stages_are_all_reported_in_one_run()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "{{contact:nobody}}\n");
        _site.Write("content/help/b.md", "---\ntitle: B\n---\n");
        _site.Write("content/help/c.md", TestSite.Page("C", "parents") + "[x](missing.md)\n");

        var result = _site.Build();

        Assert.Equal(
            ["content/help/a.md", "content/help/b.md", "content/help/b.md", "content/help/c.md"],
            result.Errors.Select(e => e.Location.File).ToArray());
    }
}
