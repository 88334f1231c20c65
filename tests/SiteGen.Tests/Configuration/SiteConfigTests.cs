using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Configuration;

public sealed class SiteConfigTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Malformed_yaml_is_reported_with_its_line_and_column()
    {
        _site.Write("site.yaml", TestSite.SiteYaml.Replace("title: Test partnership site", "title: [Test partnership site", StringComparison.Ordinal));

        var error = _site.BuildError(DiagnosticCodes.YamlSyntax);

        Assert.Equal("site.yaml", error.Location.File);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("not valid YAML: a list or mapping opened with '[' or '{' is not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_is_reported_at_its_line_with_the_key_it_probably_meant()
    {
        _site.Write("site.yaml", TestSite.SiteYaml.Replace("base_path:", "bsae_path:", StringComparison.Ordinal));

        var error = _site.BuildError(DiagnosticCodes.YamlUnknownKey);

        Assert.Equal(new SourceLocation("site.yaml", 4, 1), error.Location);
        Assert.Equal("Unknown key 'bsae_path' in the site.yaml.", error.Message);
        Assert.Equal("Did you mean 'base_path'?", error.Fix);
    }

    [Fact]
    public void An_unknown_key_inside_a_contact_is_reported_where_it_is()
    {
        _site.Write("site.yaml", TestSite.SiteYaml.Replace("    phone: \"101\"", "    phone: \"101\"\n    opening: always", StringComparison.Ordinal));

        var error = _site.BuildError(DiagnosticCodes.YamlUnknownKey);

        Assert.Equal(new SourceLocation("site.yaml", 14, 5), error.Location);
        Assert.Contains("'opening'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_says_what_was_expected()
    {
        _site.Write("site.yaml", TestSite.SiteYaml + "training:\n  pass_mark: eighty\n");

        var error = _site.BuildError(DiagnosticCodes.YamlWrongType);

        Assert.Equal(new SourceLocation("site.yaml", 48, 14), error.Location);
        Assert.Equal("'pass_mark' in the site.yaml must be a whole number, not 'eighty'.", error.Message);
    }

    [Fact]
    public void A_learning_record_store_must_be_https_and_say_how_credentials_come_and_then_only_its_origin_may_be_sent_to()
    {
        _site.Write("site.yaml", TestSite.SiteYaml + "learning_record_store:\n  endpoint: http://lrs.example.org/xapi\n  credentials: password\n");

        var result = _site.Build();

        var errors = result.Errors.Where(e => e.Code == DiagnosticCodes.ConfigInvalid).ToList();
        Assert.Equal(2, errors.Count); // both, in one run
        Assert.Equal(new SourceLocation("site.yaml", 48, 13), errors[0].Location);
        Assert.Contains("must be a full https address ending in '/'", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("site.yaml", 49, 16), errors[1].Location);
        Assert.Contains("'launch' or 'none', not 'password'", errors[1].Message, StringComparison.Ordinal);

        _site.Write("site.yaml", TestSite.SiteYaml + "learning_record_store:\n  endpoint: https://lrs.example.org/xapi/\n");
        _site.BuildOk();
        var policy = _site.Html("index.html").QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content");
        Assert.EndsWith("; connect-src 'self' https://lrs.example.org", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_value_names_the_key()
    {
        _site.Write("site.yaml", TestSite.SiteYaml.Replace("title: Test partnership site\n", "", StringComparison.Ordinal));

        var error = _site.BuildError(DiagnosticCodes.YamlMissingKey);

        Assert.Equal("The site.yaml is missing the required key 'title'.", error.Message);
        Assert.Equal(1, error.Location.Line);
    }

    [Fact]
    public void Every_problem_in_the_file_is_reported_in_one_run()
    {
        var yaml = TestSite.SiteYaml
            .Replace("base_path:", "bsae_path:", StringComparison.Ordinal)
            .Replace("title: Test partnership site\n", "", StringComparison.Ordinal)
            .Replace("url: https://cse.example.org", "url: cse.example.org", StringComparison.Ordinal);
        _site.Write("site.yaml", yaml);

        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(
            [(DiagnosticCodes.YamlMissingKey, 1), (DiagnosticCodes.ConfigInvalid, 2), (DiagnosticCodes.YamlUnknownKey, 3)],
            result.Errors.Select(e => (e.Code, e.Location.Line)).OrderBy(e => e.Line).ToArray());
    }

    [Fact]
    public void A_site_without_a_contact_the_help_block_needs_is_an_error()
    {
        _site.Write("site.yaml", TestSite.SiteYaml.Replace("  childline:\n    name: Childline\n    phone: 0800 1111\n    url: https://www.childline.org.uk/\n", "", StringComparison.Ordinal));

        var error = _site.BuildError(DiagnosticCodes.ConfigInvalid);

        Assert.Equal("'contacts' has no 'childline': the help block on every page prints it.", error.Message);
        Assert.Equal(8, error.Location.Line);
    }

    [Fact]
    public void Example_phone_numbers_warn_and_fail_a_strict_build()
    {
        _site.Write("site.yaml", TestSite.SiteYaml.Replace("0300 555 0101", "01632 960000", StringComparison.Ordinal));

        var normal = _site.Build(write: false);
        var strict = _site.Build(strict: true, write: false);

        var warning = Assert.Single(normal.Warnings);
        Assert.True(normal.Succeeded);
        Assert.Equal(DiagnosticCodes.PlaceholderContact, warning.Code);
        Assert.Equal(new SourceLocation("site.yaml", 16, 12), warning.Location);
        Assert.False(strict.Succeeded);
    }
}
