using System.Text.Json.Nodes;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Completions;

/// <summary>
/// A training lead's folder: site.yaml with two levels, the answer keys the build would have
/// written, a roster, and records of every kind the report must handle, good and bad. The
/// report is run once through the real command line; the tests read what it wrote.
/// </summary>
public sealed class CompletionsScenario : IDisposable
{
    public const string AsOf = "2026-11-21";

    public const string Training = """
        training:
          refresher_months: 12
          levels:
            - id: level-1
              name: "Level 1: awareness"
            - id: level-2
              name: "Level 2: practitioners"

        """;

    public const string RosterCsv = """
        Staff number,E-mail,Name,Organization,Role,Required_Level
        NPS-0142,,Alex Lee,Northfield Primary School,Teaching assistant,level-1
        NPS-0200,,Morgan Reed,Northfield Primary School,Teacher,Level 1: awareness
        ,jo@example.org,Jo Bloggs,Smith & <Jones> Nursery,Nursery worker,level-1
        NPS-0400,,Riley Shaw,Northfield Primary School,Designated safeguarding lead,Level 2: practitioners
        NPS-0500,,Sky Never,Smith & <Jones> Nursery,Cook,level-1
        NPS-0700,,Short Row

        """;

    private readonly TestSite _site = new();

    public CompletionsScenario()
    {
        _site.Write("site.yaml", TestSite.SiteYaml + Training);
        AnswerKeyFiles.Write(Keys, SampleModule.Level1);
        AnswerKeyFiles.Write(Keys, SampleModule.Level2);
        _site.Write("staff.csv", RosterCsv);
        WriteRecords(Records);
        Result = Run("completions", "report", Records, "--roster", Roster, "--as-of", AsOf, "--config", Config, "--out", Out);
    }

    public string Root => _site.Root;

    public string Config => Path.Combine(Root, "site.yaml");

    public string Keys => Path.Combine(Root, "completion-keys");

    public string Records => Path.Combine(Root, "records");

    public string Roster => Path.Combine(Root, "staff.csv");

    public string Out => Path.Combine(Root, "report");

    public (int Code, string Output, string Error) Result { get; }

    public string Record(string name) => Path.Combine(Records, name);

    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SiteGenCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Five good records (one a fail), a copy, and six that must be rejected.</summary>
    public static void WriteRecords(string folder)
    {
        var level1 = SampleModule.Level1;
        var valid = RecordFactory.Make(level1, "Alex Lee", "Northfield Primary School", "Teaching assistant", " nps-0142 ", null,
            At(2026, 10, 1), level1.Answers(wrong: 2), level1.Answers());
        RecordFactory.Save(valid, Path.Combine(folder, "valid.json"));
        File.Copy(Path.Combine(folder, "valid.json"), Path.Combine(folder, "zz-duplicate.json"));
        RecordFactory.Save(RecordFactory.Make(level1, "Morgan Reed", "Northfield Primary School", "Teacher", "NPS-0200", null, At(2025, 6, 1)),
            Path.Combine(folder, "expired.json"));
        RecordFactory.Save(RecordFactory.Make(level1, "Jo Bloggs", "Smith & <Jones> Nursery", "Nursery worker", null, "Jo@Example.org", At(2026, 11, 2), level1.Answers(wrong: 3)),
            Path.Combine(folder, "failed.json"));
        RecordFactory.Save(RecordFactory.Make(SampleModule.Level2, "Riley Shaw", "Northfield Primary School", "DSL", "NPS-0400", null, At(2026, 3, 1)),
            Path.Combine(folder, "level-2.json"));
        RecordFactory.Save(RecordFactory.Make(level1, "Pat <Visitor>", "Eastgate Youth Club", "Youth worker", "EXT-1", null, At(2026, 9, 9)),
            Path.Combine(folder, "visitor.json"));

        // Score raised from 4/5 to 5/5, with the checksum recomputed: only re-scoring catches it.
        var tampered = RecordFactory.Make(level1, "Casey Tamper", "Northfield Primary School", "Teacher", "NPS-0300", null, At(2026, 11, 1), level1.Answers(wrong: 1));
        foreach (var result in new[] { tampered, tampered["attempts"]![0]!.AsObject() })
        {
            result["score"] = 5;
            result["percent"] = 100;
        }

        RecordFactory.Save(RecordFactory.Seal(tampered), Path.Combine(folder, "tampered.json"));

        var edited = RecordFactory.Make(level1, "Dana Edit", "Northfield Primary School", "Teacher", "NPS-0800", null, At(2026, 11, 1));
        edited["completedOn"] = "2026-11-20";
        RecordFactory.Save(edited, Path.Combine(folder, "edited-checksum.json"));

        RecordFactory.Save(RecordFactory.Make(level1 with { Id = "level-9" }, "Eve Elsewhere", "Other Town School", "Teacher", "OT-1", null, At(2026, 11, 1)),
            Path.Combine(folder, "unknown-module.json"));
        RecordFactory.Save(RecordFactory.Make(level1 with { Version = "ffffffffffffffff" }, "Fin Old", "Northfield Primary School", "Teacher", "NPS-0900", null, At(2026, 11, 1)),
            Path.Combine(folder, "missing-version.json"));
        File.WriteAllText(Path.Combine(folder, "not-json.json"), "{ \"format\": oops }");

        var schema = RecordFactory.Make(level1, "Gil Schema", "Northfield Primary School", "Teacher", null, "not-an-email", At(2026, 11, 1));
        schema["learner"]!.AsObject().Remove("role");
        RecordFactory.Save(RecordFactory.Seal(schema), Path.Combine(folder, "schema.json"));
    }

    public void Dispose() => _site.Dispose();

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);
}
