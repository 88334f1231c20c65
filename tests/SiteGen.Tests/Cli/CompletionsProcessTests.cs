using SiteGen.Completions;
using SiteGen.Tests.Completions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// <c>sitegen completions report</c> run as the README tells a training lead to run it, as its own
/// process in a copy of the example site: records made for the site's committed answer keys, one
/// of them tampered with, and the README's roster.
/// </summary>
public sealed class CompletionsProcessTests : IDisposable
{
    private readonly ExampleSiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Report_writes_the_four_files_names_the_rejected_record_and_exits_one()
    {
        var level1 = Module("level-1");
        var level2 = Module("level-2");
        var completed = new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.Zero);
        RecordFactory.Save(RecordFactory.Make(level1, "Sam Patel", "Northfield Primary School", "Teaching assistant", "NPS-0142", null, completed),
            _site.PathOf("records/completion-level-1-2026-10-01.json"));
        RecordFactory.Save(RecordFactory.Make(level2, "Jo Okafor", "Children's social care", "Social worker", null, "j.okafor@example.org", completed.AddDays(7)),
            _site.PathOf("records/completion-level-2-2026-10-08.json"));
        var tampered = RecordFactory.Make(level1, "Casey Tamper", "Northfield Primary School", "Teacher", "NPS-0300", null, completed, level1.Answers(wrong: 3));
        foreach (var result in new[] { tampered, tampered["attempts"]![0]!.AsObject() })
        {
            // A fail edited into full marks, with the checksum recomputed: only re-scoring the answers catches it.
            result["score"] = result["total"]!.GetValue<int>();
            result["percent"] = 100;
            result["passed"] = true;
        }

        RecordFactory.Save(RecordFactory.Seal(tampered), _site.PathOf("records/tampered.json"));
        _site.Write("staff.csv", """
            staff_id,email,name,organisation,role,required_level
            NPS-0142,,Sam Patel,Northfield Primary School,Teaching assistant,level-1
            ,j.okafor@example.org,Jo Okafor,Children's social care,Social worker,level-2

            """);

        var (code, output, error) = await SiteGenProcess.RunAsync(_site.Root,
            "completions", "report", "records/", "--roster", "staff.csv", "--as-of", "2027-03-31", "--out", "board-report/");

        Assert.True(code == 1, $"exit code {code}\n{output}\n{error}");
        Assert.Equal(ReportFiles.Names.Order(), Directory.GetFiles(_site.PathOf("board-report")).Select(f => Path.GetFileName(f)).Order());
        var rejected = Assert.Single(CsvFile.Read(_site.PathOf("board-report/rejected.csv")));
        Assert.Equal("records/tampered.json", rejected["file"]);
        Assert.Contains("does not match re-scored", rejected["reason"], StringComparison.Ordinal);
        var people = CsvFile.Read(_site.PathOf("board-report/completions.csv"));
        Assert.Equal(["yes", "yes"], people.Select(p => p["meets_required_level"]));
        Assert.Equal(
            [
                "Read 3 record files: 2 accepted, 1 rejected.",
                "Roster staff.csv: 2 people, 0 rows rejected.",
                "Trained to their level and in date on 2027-03-31: 2 of 2 (100%) people on the roster.",
                "To chase: 0 people (to-chase.csv).",
                $"Wrote {string.Join(", ", ReportFiles.Names)} to board-report/.",
            ],
            output.Split('\n'));
        Assert.Contains("records/tampered.json: stated score", error, StringComparison.Ordinal);
        Assert.Contains("1 record file and no roster rows were rejected and not counted", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moodles_SCORM_report_counts_towards_the_same_roster_and_a_bad_row_is_rejected_alone()
    {
        // Moodle's Basic report, downloaded as text (tab-separated), with the detailed column for the SCO.
        var title = "Level 1: CSE awareness for all staff";
        string Row(params string[] cells) => string.Join('\t', cells);
        _site.Write("moodle-level-1.txt", string.Join('\n',
            Row("Name", "Email address", "ID number", "Attempt", "Started on", "Last accessed on", "Score", title),
            Row("Sam Patel", "", "NPS-0142", "1", "Monday, 5 October 2026, 9:15 AM", "Monday, 5 October 2026, 10:02 AM", "60", "60/100"),
            Row("Sam Patel", "", "NPS-0142", "2", "Tuesday, 6 October 2026, 9:00 AM", "Tuesday, 6 October 2026, 9:41 AM", "90", "90/100"),
            Row("Alex Moore", "alex.moore@example.org", "", "1", "Friday, 2 October 2026, 2:00 PM", "Friday, 2 October 2026, 2:50 PM", "85", "Passed"),
            Row("Pat Lee", "pat.lee@example.org", "", "-", "-", "-", "-", "Not attempted"),
            Row("Rowan Hill", "rowan.hill@example.org", "", "1", "yesterday", "Friday, 2 October 2026, 2:50 PM", "90", "90/100"),
            Row("=HYPERLINK(\"http://example.com\")", "", "X-1", "1", "Friday, 2 October 2026, 2:00 PM", "Friday, 2 October 2026, 2:30 PM", "95", "95/100"),
            ""));
        _site.Write("staff.csv", """
            staff_id,email,name,organisation,role,required_level
            NPS-0142,,Sam Patel,Northfield Primary School,Teaching assistant,level-1
            ,alex.moore@example.org,Alex Moore,Northfield Primary School,Teacher,level-1
            ,j.okafor@example.org,Jo Okafor,Children's social care,Social worker,level-1

            """);

        var (code, output, error) = await SiteGenProcess.RunAsync(_site.Root,
            "completions", "report", "--lms-results", "level-1=moodle-level-1.txt", "--roster", "staff.csv", "--as-of", "2027-03-31", "--out", "board-report/");

        Assert.True(code == 1, $"exit code {code}\n{output}\n{error}");
        Assert.Contains("Read LMS results moodle-level-1.txt for module 'level-1': 6 rows, 4 finished attempts counted, 1 rejected, 1 not finished.", output, StringComparison.Ordinal);
        Assert.Contains("Trained to their level and in date on 2027-03-31: 2 of 3 (67%) people on the roster.", output, StringComparison.Ordinal);
        var rejected = Assert.Single(CsvFile.Read(_site.PathOf("board-report/rejected.csv")));
        Assert.Equal("moodle-level-1.txt", rejected["file"]);
        Assert.Contains("row 6: 'Started on' is 'yesterday'", rejected["reason"], StringComparison.Ordinal);

        var people = CsvFile.Read(_site.PathOf("board-report/completions.csv"));
        var sam = Assert.Single(people, p => p["name"] == "Sam Patel");
        Assert.Equal("yes", sam["meets_required_level"]);
        Assert.Equal("2026-10-06", sam["completed"]);
        Assert.Equal("yes", Assert.Single(people, p => p["name"] == "Alex Moore")["meets_required_level"]);
        Assert.NotEqual("yes", Assert.Single(people, p => p["name"] == "Jo Okafor")["meets_required_level"]);
        Assert.DoesNotContain(people, p => p["name"].StartsWith('='));

        var board = File.ReadAllText(_site.PathOf("board-report/report.html"));
        Assert.Contains("LMS results: 4 attempts counted, 1 row rejected.", board, StringComparison.Ordinal);
        Assert.Contains("1 LMS row and no roster rows were rejected and are not counted above.", board, StringComparison.Ordinal);
        var notOnRoster = File.ReadAllText(_site.PathOf("board-report/not-on-roster.csv"));
        Assert.Contains("'=HYPERLINK", notOnRoster, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LMS_results_for_a_module_the_site_does_not_have_say_which_modules_it_has()
    {
        _site.Write("moodle.csv", "Name,Attempt,Started on,Last accessed on,Score\nSam Patel,1,\"Monday, 5 October 2026, 9:15 AM\",\"Monday, 5 October 2026, 9:45 AM\",90\n");

        var (code, _, error) = await SiteGenProcess.RunAsync(_site.Root, "completions", "report", "--lms-results", "level-9=moodle.csv", "--out", "board-report/");

        Assert.True(code == 2, $"exit code {code}\n{error}");
        Assert.Contains("unknown module 'level-9'", error, StringComparison.Ordinal);
        Assert.Contains("level-1", error, StringComparison.Ordinal);
    }

    /// <summary>The module of the example site's committed answer key, from which records are made as the site's quiz would make them.</summary>
    private SampleModule Module(string id)
    {
        var keys = _site.PathOf("completion-keys");
        var version = Path.GetFileNameWithoutExtension(Directory.GetFiles(Path.Combine(keys, id), "*.json").Order(StringComparer.Ordinal).First());
        var key = new ModuleKeyStore(keys, "completion-keys").Find(id, version, out var problem);
        Assert.True(key is not null, problem?.Text);
        return SampleModule.FromKey(key);
    }
}
