using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup;

/// <summary>
/// Every page of the example site, built by the sitegen command as the README says, passes
/// html-validate's recommended rules (with the two changes, and their reasons, in
/// .htmlvalidate.mjs beside this file); and a page that breaks one is caught, so a pass means
/// the pages were read. The hostile site's pages are checked in Safety/HostileTextTests.
/// </summary>
public sealed class HtmlValidateTests : IDisposable
{
    private readonly ExampleSiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Every_page_of_the_example_site_is_valid_html()
    {
        var (code, output, error) = await SiteGenProcess.RunAsync(_site.Root, "build");
        Assert.True(code == 0, $"exit code {code}\n{output}\n{error}");

        var (pages, problems, lines) = HtmlValidator.Validate(_site.PathOf("output"));

        Assert.True(pages > 90, $"html-validate read only {pages} pages.");
        Assert.True(problems == 0, $"html-validate found {problems} problems:\n{string.Join('\n', lines.Take(40))}");
    }

    [Fact]
    public void A_page_that_breaks_a_rule_is_caught()
    {
        var folder = _site.PathOf("control");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.html"),
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head><body><p id=\"a\">x</p><p id=\"a\">y</p>" +
            "<a href=\"tel:08001111\">0800 1111</a></body></html>");

        var (pages, problems, lines) = HtmlValidator.Validate(folder);

        Assert.Equal(1, pages);
        Assert.Equal(2, problems);
        Assert.Contains(lines, l => l.Contains("no-dup-id", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("tel-non-breaking", StringComparison.Ordinal));
    }
}
