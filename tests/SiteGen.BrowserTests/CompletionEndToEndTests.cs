using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Tests.Completions;

namespace SiteGen.BrowserTests;

/// <summary>
/// The whole chain a training lead relies on: records downloaded by learners in a real browser,
/// from the web site and from the copy on disk, go through <c>sitegen completions report</c>
/// against the answer keys committed beside site.yaml, and come out as the board's figures.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompletionEndToEndTests(BrowserFixture browser) : IDisposable
{
    private static readonly TrainingLearner.Details Jo = new("Jo Okafor", "Exampleshire Children's Services", "Social worker", null, "J.Okafor@example.org");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-e2e-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Records_downloaded_in_the_browser_are_counted_by_the_completions_report()
    {
        var records = Path.Combine(_folder, "records");
        var sam = await TrainingLearner.DownloadCompletionRecordAsync(browser, Path.Combine(records, "sam"));
        var jo = await TrainingLearner.DownloadCompletionRecordAsync(browser, Path.Combine(records, "jo"), learner: Jo, forDisk: true);
        var roster = Path.Combine(_folder, "staff.csv");
        await File.WriteAllTextAsync(roster, """
            staff_id,email,name,organisation,role,required_level
            NPS-0142,,Sam Patel,Northfield Primary School,Teaching assistant,level-1
            ,j.okafor@example.org,Jo Okafor,Exampleshire Children's Services,Social worker,level-2
            NPS-0150,,Alex Brown,Northfield Primary School,Teacher,level-1

            """);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).Date); // the learners' date (TrainingLearner)
        var output = Path.Combine(_folder, "report");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = SiteGenCommand.Run(["completions", "report", records, "--roster", roster, "--as-of", today.ToString("yyyy-MM-dd"),
            "--config", Path.Combine(browser.RepositoryFolder, "site.yaml"), "--out", output], stdout, stderr);

        Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Empty(CsvFile.Read(Path.Combine(output, "rejected.csv")));
        var rows = CsvFile.Read(Path.Combine(output, "completions.csv"));
        Assert.True(File.Exists(sam) && File.Exists(jo));

        // Each file is named for its learner, and each record's checksum covers its pages: the
        // time on each of the module's six pages (the quiz's included), which the report accepted.
        Assert.Equal($"completion-level-1-sam-patel-{today:yyyy-MM-dd}.json", Path.GetFileName(sam));
        Assert.Equal($"completion-level-1-jo-okafor-{today:yyyy-MM-dd}.json", Path.GetFileName(jo));
        foreach (var file in new[] { sam, jo })
        {
            using var record = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            Assert.Equal(6, record.RootElement.GetProperty("pages").GetArrayLength());
        }

        var samRow = Assert.Single(rows, r => r["name"] == "Sam Patel");
        Assert.Equal("NPS-0142", samRow["staff_id"]);
        Assert.Equal("yes", samRow["on_roster"]);
        Assert.Equal("level-1", samRow["module"]);
        Assert.Equal("13", samRow["score"]);
        Assert.Equal("13", samRow["total"]);
        Assert.Equal(today.ToString("yyyy-MM-dd"), samRow["completed"]);
        Assert.Equal(today.AddMonths(browser.Config.Training.RefresherMonths).ToString("yyyy-MM-dd"), samRow["refresher_due"]);
        Assert.Equal("in date", samRow["status"]);

        // Jo passed level 1 (from the disk copy, matched by email whatever its case) but needs level 2.
        var joRow = Assert.Single(rows, r => r["name"] == "Jo Okafor");
        Assert.Equal("yes", joRow["on_roster"]);
        Assert.Equal("level-1", joRow["module"]);

        var never = Assert.Single(rows, r => r["name"] == "Alex Brown");
        Assert.Equal("never", never["status"]);

        var all = Assert.Single(CsvFile.Read(Path.Combine(output, "summary.csv")), r => r["organisation"] == "All");
        Assert.Equal("3", all["on_roster"]);
        Assert.Equal("1", all["in_date"]);
        Assert.Equal("2", all["never"]);
        Assert.Contains("33%", await File.ReadAllTextAsync(Path.Combine(output, "report.html")), StringComparison.Ordinal);
    }
}
