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
        Assert.Contains("1 record file and 0 roster rows were rejected and not counted", error, StringComparison.Ordinal);
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
