using SiteGen.Tests.Support;

namespace SiteGen.Tests.Completions;

/// <summary>How <c>sitegen completions report</c> answers wrong usage, and a run with nothing wrong and no roster.</summary>
public sealed class CompletionsUsageTests : IDisposable
{
    private readonly TestSite _site = new();

    public CompletionsUsageTests()
    {
        _site.Write("site.yaml", TestSite.SiteYaml + CompletionsScenario.Training);
        AnswerKeyFiles.Write(Path.Combine(_site.Root, "completion-keys"), SampleModule.Level1);
    }

    private string Config => Path.Combine(_site.Root, "site.yaml");

    private string Records => Path.Combine(_site.Root, "records");

    private string Out => Path.Combine(_site.Root, "report");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Good_records_without_a_roster_exit_zero_and_count_everyone_found()
    {
        var level1 = SampleModule.Level1;
        RecordFactory.Save(RecordFactory.Make(level1, "Alex Lee", "Northfield Primary School", "Teacher", null, "alex@example.org",
            new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero)), Path.Combine(Records, "a", "alex.json"));
        RecordFactory.Save(RecordFactory.Make(level1, "Pat  Visitor", "Eastgate Youth Club", "Youth worker", null, null,
            new DateTimeOffset(2024, 1, 5, 9, 0, 0, TimeSpan.Zero)), Path.Combine(Records, "b", "pat-2024.json"));
        RecordFactory.Save(RecordFactory.Make(level1, "pat visitor", "EASTGATE Youth Club", "Youth worker", null, null,
            new DateTimeOffset(2026, 2, 5, 9, 0, 0, TimeSpan.Zero)), Path.Combine(Records, "b", "pat-2026.json"));

        var (code, output, error) = CompletionsScenario.Run("completions", "report", Records, "--as-of", "2026-11-21", "--config", Config, "--out", Out);

        Assert.True(code == 0, error);
        Assert.Equal("", error);
        Assert.Contains("Read 3 record files: 3 accepted, 0 rejected.", output, StringComparison.Ordinal);
        Assert.Contains("No roster: 2 people found in records; 2 of 2 (100%) have a pass in date on 2026-11-21.", output, StringComparison.Ordinal);
        var rows = CsvFile.Read(Path.Combine(Out, "completions.csv"));
        Assert.Equal(["no", "no"], rows.Select(r => r["on_roster"])); // the same person by name and organisation: their latest pass counts
        Assert.Equal("2026-02-05", rows.Single(r => r["file"].EndsWith("pat-2026.json", StringComparison.Ordinal))["completed"]);
        Assert.Equal("All|2|2|0", string.Join('|', CsvFile.Read(Path.Combine(Out, "summary.csv")).Select(r => $"{r["organisation"]}|{r["people"]}|{r["in_date"]}|{r["never"]}").Last()));
        Assert.Empty(CsvFile.Read(Path.Combine(Out, "rejected.csv")));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Out, "report.html")));
        Assert.StartsWith("No roster was given, so these figures count the 2 people found in accepted records", page.QuerySelector("#headline + p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2 of 2 (100%) have passed a module and are in date. Green: on track", page.QuerySelector(".headline li")!.TextContent);
        Assert.Equal("3 record files read: 3 accepted, 0 rejected.", page.QuerySelectorAll(".meta").Last().TextContent.Trim());
        Assert.Equal("No records or roster rows were rejected.", page.QuerySelector("#rejected + p")!.TextContent);
    }

    [Theory]
    [InlineData("no records")]
    [InlineData("no --out")]
    [InlineData("bad --as-of")]
    [InlineData("missing record folder")]
    [InlineData("missing roster")]
    public void Wrong_usage_exits_two_and_writes_nothing(string mistake)
    {
        Directory.CreateDirectory(Records);
        string[] args = mistake switch
        {
            "no records" => ["completions", "report", "--config", Config, "--out", Out],
            "no --out" => ["completions", "report", Records, "--config", Config],
            "bad --as-of" => ["completions", "report", Records, "--as-of", "21/11/2026", "--config", Config, "--out", Out],
            "missing record folder" => ["completions", "report", Path.Combine(_site.Root, "recrods"), "--config", Config, "--out", Out],
            _ => ["completions", "report", Records, "--roster", Path.Combine(_site.Root, "staff.csv"), "--config", Config, "--out", Out],
        };

        var (code, _, error) = CompletionsScenario.Run(args);

        Assert.Equal(2, code);
        Assert.Contains(mistake switch
        {
            "no records" => "name the completion records to read (files or folders), or an LMS's results with --lms-results",
            "no --out" => "Option '--out' is required",
            "bad --as-of" => "--as-of takes a date as YYYY-MM-DD, such as 2026-11-21, not '21/11/2026'.",
            "missing record folder" => "recrods' is neither a file nor a folder.",
            _ => "staff.csv does not exist.",
        }, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void An_unreadable_site_yaml_exits_two_with_its_error()
    {
        Directory.CreateDirectory(Records);
        _site.Write("site.yaml", "title: [unclosed\n");

        var (code, _, error) = CompletionsScenario.Run("completions", "report", Records, "--config", Config, "--out", Out);

        Assert.Equal(2, code);
        Assert.Contains("error SG0101", error, StringComparison.Ordinal);
        Assert.Contains("could not be read, and the report needs its training levels", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }
}
