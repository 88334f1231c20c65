using SiteGen.Build;
using SiteGen.Checks;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Checks;

public sealed class ContentReportTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_report_lists_every_page_with_its_audience_reading_level_and_the_sites_counts()
    {
        var text = string.Join(' ', Enumerable.Repeat("You can talk to an adult you trust. It is never your fault.", 8));
        _site.Write("content/help/a.md", TestSite.Page("A", "young-people", "age_band: [11-14]\n") + text + "\n\n## Where to get help\n\nCall {{contact:childline}}.\n");
        var report = Path.Combine(_site.Root, "report.md");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = SiteGenCommand.Run(["report", "content", "--config", Path.Combine(_site.Root, "site.yaml"), "--out", report], output, error);
        var lines = File.ReadAllLines(report);

        Assert.Equal(0, code);
        Assert.Contains("| Get help | 3 | 1 | 2 |", lines); // help/index, a and cover-your-tracks: a is for young people, the other two for parents
        var row = Assert.Single(lines, l => l.StartsWith("| help/a.md |", StringComparison.Ordinal));
        Assert.Matches(@"^\| help/a\.md \| For young people, aged 11 to 14 \| 1\d\d \| \d+ \| -?\d+\.\d \| - \| 2027-01-01 \|$", row);
        Assert.Contains(lines, l => l.StartsWith("| help/index.md |", StringComparison.Ordinal) && l.Contains("| - | - |", StringComparison.Ordinal)); // too short to score
        Assert.Contains("0 quizzes, 0 questions.", lines);
    }

    [Fact]
    public void The_committed_report_on_the_example_site_is_what_the_command_writes_now()
    {
        var diagnostics = new DiagnosticBag();
        var loaded = SiteLoader.Load(new BuildOptions { ConfigPath = Path.Combine(RepoPaths.Root, "site.yaml"), BuiltInThemes = RepoPaths.Themes }, diagnostics);
        Assert.True(loaded is not null, string.Join('\n', diagnostics.Items));

        var now = ContentReport.Create(loaded, TestSite.Today);
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "content-report.md"));

        Assert.True(now == committed, "docs/content-report.md is out of date: run 'dotnet run --project generator/SiteGen.Cli -- report content --out docs/content-report.md'.");
    }
}
