using System.Text.Json.Nodes;
using SiteGen.Build;
using SiteGen.Completions;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Tests.Completions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Fuzzing;

/// <summary>
/// Every parser fed generated and mutated inputs for a bounded time (SITEGEN_FUZZ_SECONDS per
/// target; a few seconds in the everyday run): a page's front matter, Markdown and quiz,
/// site.yaml, completion records, rosters and LMS results. Each ends in a build or report, or in a
/// diagnostic that names a file, and a build never writes outside its output folder. Inputs that
/// once failed are kept in Cases/ and run every time.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private const string PagePath = "content/help/fuzz.md";

    private static readonly string PageSeed = TestSite.Page("Fuzz page", "parents", "age_band: []\ntags: [online, friends]\n") + """
        # Not allowed here: the title is the h1

        Some **bold** and _light_ text with a [link](index.md) and one to [a heading](index.md#top).

        ::: callout warning
        Call {{contact:childline}} or {{contact:childline.phone}}.
        :::

        | Sign | Why |
        |:--|--:|
        | Gifts | Grooming |

        - one
        - two

        ```quiz
        id: fuzz-quiz
        title: Check
        questions:
          - id: q1
            kind: single
            question: Which?
            options:
              - id: a
                text: A
                correct: true
              - id: b
                text: B <b>bold</b>
            explanation: Because.
        ```

        ## Where to get help

        Call {{contact:childline}}.

        """;

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string> KeptCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in new[] { "page", "site-yaml", "record", "roster", "lms-results" })
        {
            foreach (var file in Fuzzer.Cases(target))
            {
                data.Add(target, Path.GetFileName(file));
            }
        }

        if (data.Count == 0)
        {
            data.Add("none", "");
        }

        return data;
    }

    [Fact]
    public void Pages_front_matter_markdown_and_quizzes()
    {
        var ran = Fuzzer.Run("page", PageSeed, BuildPage);
        Assert.True(ran > 10, $"Only {ran} pages were tried.");
    }

    [Fact]
    public void Site_yaml()
    {
        var ran = Fuzzer.Run("site-yaml", TestSite.SiteYaml, BuildSiteYaml);
        Assert.True(ran > 10, $"Only {ran} site.yaml files were tried.");
    }

    [Fact]
    public void Completion_records()
    {
        var keys = Path.Combine(_site.Root, "completion-keys");
        AnswerKeyFiles.Write(keys, SampleModule.Level1);
        var seed = RecordFactory.Make(SampleModule.Level1, "Sam Patel", "Northfield", "Teacher", "NPS-1", null, new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.Zero)).ToJsonString();
        var ran = Fuzzer.Run("record", seed, input => ReadRecord(keys, input));
        Assert.True(ran > 100, $"Only {ran} records were tried.");
    }

    [Fact]
    public void Rosters()
    {
        const string seed = "staff_id,email,name,organisation,role,required_level,sector,also_known_as\nNPS-1,sam@example.org,Sam Patel,Northfield,Teacher,level-1,education,Samuel Patel;S Patel\n,jo@example.org,\"Okafor, Jo\",Social care,Social worker,level-2,,\n";
        var ran = Fuzzer.Run("roster", seed, ReadRoster);
        Assert.True(ran > 100, $"Only {ran} rosters were tried.");
    }

    [Fact]
    public void Lms_results()
    {
        const string seed = "Name\tEmail address\tID number\tAttempt\tStarted on\tLast accessed on\tScore\tLevel 1: CSE awareness for all staff\n" +
            "Sam Patel\t\tNPS-1\t1\tMonday, 5 October 2026, 9:15 AM\tMonday, 5 October 2026, 10:02 AM\t60\t60/100\n" +
            "Alex Moore\talex@example.org\t\t1\tFriday, 2 October 2026, 2:00 PM\tFriday, 2 October 2026, 2:50 PM\t85\tPassed\n" +
            "Pat Lee\t\t\t-\t-\t-\t-\tNot attempted\n";
        var ran = Fuzzer.Run("lms-results", seed, ReadLms);
        Assert.True(ran > 100, $"Only {ran} LMS reports were tried.");
    }

    [Theory]
    [MemberData(nameof(KeptCases))]
    public void Inputs_that_once_failed_stay_fixed(string target, string file)
    {
        if (target == "none")
        {
            return; // no failure has been kept yet
        }

        var input = File.ReadAllText(Path.Combine(Fuzzer.CasesFolder(target), file));
        Action<string> run = target switch
        {
            "page" => BuildPage,
            "site-yaml" => BuildSiteYaml,
            "record" => text => ReadRecord(KeysFor(), text),
            "roster" => ReadRoster,
            "lms-results" => ReadLms,
            _ => throw new ArgumentException(target),
        };
        Fuzzer.Once(target, input, run);
    }

    private string KeysFor()
    {
        var keys = Path.Combine(_site.Root, "completion-keys");
        if (!Directory.Exists(keys))
        {
            AnswerKeyFiles.Write(keys, SampleModule.Level1);
        }

        return keys;
    }

    private void BuildPage(string page)
    {
        _site.Write(PagePath, page);
        AssertBuildEndsWell();
    }

    private void BuildSiteYaml(string yaml)
    {
        _site.Write("site.yaml", yaml);
        AssertBuildEndsWell();
    }

    // A build succeeds, or fails with errors that each name a file; either way nothing is written
    // outside the output folder.
    private void AssertBuildEndsWell()
    {
        var before = Entries();
        var result = _site.Build();
        Assert.True(result.Succeeded || (result.Errors.Any() && result.Errors.All(e => e.Location.File.Length > 0 && e.Message.Length > 0)),
            "A failed build gave no error that names a file:\n" + string.Join('\n', result.Diagnostics));
        var written = Entries().Except(before).Where(e => e != "output" && !e.StartsWith(".output.", StringComparison.Ordinal)).ToList();
        Assert.True(written.Count == 0, $"The build wrote outside output/: {string.Join(", ", written)}");
    }

    private List<string> Entries() =>
        [.. Directory.EnumerateFileSystemEntries(_site.Root, "*", SearchOption.AllDirectories)
            .Select(e => Path.GetRelativePath(_site.Root, e))
            .Where(e => !e.StartsWith("output", StringComparison.Ordinal) && !e.StartsWith(".output.", StringComparison.Ordinal))];

    private void ReadRecord(string keys, string json)
    {
        var path = Path.Combine(_site.Root, "record.json");
        // Half the time the mutation is sealed with a fresh checksum, so that it reaches the checks past the checksum.
        if (json.Length % 2 == 0 && Parsed(json) is { } parsed)
        {
            try
            {
                json = RecordFactory.Seal(parsed).ToJsonString();
            }
            catch (ArgumentException)
            {
                // A key given twice: nothing to seal; the reader rejects it as it is.
            }
        }

        File.WriteAllText(path, json);
        var levels = new TrainingLevels([new TrainingLevel { Id = "level-1", Name = "Level 1" }, new TrainingLevel { Id = "level-2", Name = "Level 2" }]);
        var outcome = new CompletionRecordReader(new ModuleKeyStore(keys, "keys"), levels).Read(path, "record.json");
        Assert.True(outcome.Accepted is not null ^ outcome.Problems.Any(), "A record was neither accepted nor given a reason.");
    }

    private static JsonObject? Parsed(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // not JSON: read as it is, for the reader to reject
        }
    }

    private void ReadRoster(string csv)
    {
        var path = Path.Combine(_site.Root, "staff.csv");
        File.WriteAllText(path, csv);
        var levels = new TrainingLevels([new TrainingLevel { Id = "level-1", Name = "Level 1" }, new TrainingLevel { Id = "level-2", Name = "Level 2" }]);
        var roster = Roster.Read(path, "staff.csv", levels);
        Assert.All(roster.Rejected, r => Assert.NotEmpty(r.Problems));
    }

    private void ReadLms(string text)
    {
        var path = Path.Combine(_site.Root, "moodle.txt");
        File.WriteAllText(path, text);
        var key = new ModuleKeyStore(Path.Combine(RepoPaths.Root, "completion-keys"), "completion-keys").Newest("level-1", out _)!;
        var batch = LmsResults.Read(path, "moodle.txt", key, "Site");
        Assert.All(batch.Rejected, r => Assert.NotEmpty(r.Problems));
    }
}
