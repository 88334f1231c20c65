using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup;

/// <summary>
/// Every page of the built example site passes html-validate's recommended rules (with the two
/// changes, and their reasons, in .htmlvalidate.mjs beside this file), and a page that breaks
/// one is caught, so a pass means the pages were read.
/// </summary>
public sealed class HtmlValidateTests : IDisposable
{
    private static readonly string Validator = Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Markup", "validate.mjs");
    private readonly string _output = Path.Combine(Path.GetTempPath(), "sitegen-markup-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public void Every_page_of_the_example_site_is_valid_html()
    {
        var result = SiteBuilder.Build(new BuildOptions
        {
            ConfigPath = Path.Combine(RepoPaths.Root, "site.yaml"),
            OutputPath = _output,
            BuiltInThemes = RepoPaths.Themes,
        });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var (pages, problems, lines) = Validate(_output);

        Assert.True(pages > 90, $"html-validate read only {pages} pages.");
        Assert.True(problems == 0, $"html-validate found {problems} problems:\n{string.Join('\n', lines.Take(40))}");
    }

    [Fact]
    public void A_page_that_breaks_a_rule_is_caught()
    {
        Directory.CreateDirectory(_output);
        File.WriteAllText(Path.Combine(_output, "index.html"),
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head><body><p id=\"a\">x</p><p id=\"a\">y</p>" +
            "<a href=\"tel:08001111\">0800 1111</a></body></html>");

        var (pages, problems, lines) = Validate(_output);

        Assert.Equal(1, pages);
        Assert.Equal(2, problems);
        Assert.Contains(lines, l => l.Contains("no-dup-id", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("tel-non-breaking", StringComparison.Ordinal));
    }

    private static (int Pages, int Problems, List<string> Lines) Validate(string folder)
    {
        var output = NodeProcess.Run([Validator, folder], null, TimeSpan.FromMinutes(3), "html-validate runs in node.");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var summary = lines[^1].Split(' ');
        return (int.Parse(summary[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(summary[2], System.Globalization.CultureInfo.InvariantCulture), lines[..^1]);
    }
}
