using System.Text.Json.Nodes;
using SiteGen.Completions;
using SiteGen.Configuration;

namespace SiteGen.Tests.Completions;

/// <summary>
/// Edits a learner could make and then recompute the checksum for (the algorithm is public):
/// each must still be caught by the answer key, with a reason that says what does not match.
/// </summary>
public sealed class RecordVerificationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-records-").FullName;

    public RecordVerificationTests() => AnswerKeyFiles.Write(Path.Combine(_folder, "keys"), SampleModule.Level1);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("level", "module.level 'level-2' does not match the answer key's 'level-1'")]
    [InlineData("pass mark", "passMark 50 does not match the answer key's pass mark 80")]
    [InlineData("date", "completedOn 2027-10-01 is not the date of completed (2026-10-01 in UTC) in any time zone")]
    [InlineData("extra question", "attempt 1 answers question 'extra', which is not in the answer key of version 5f0c2e9a7b1d3c48")]
    [InlineData("unknown option", "attempt 1 chooses 'maybe' for question 'consent', which has no such option")]
    [InlineData("failed marked passed", "attempt 1 is stated as passed, but re-scored 40% is below the pass mark of 80%")]
    public void An_edit_with_a_recomputed_checksum_is_still_rejected(string edit, string reason)
    {
        var record = RecordFactory.Make(SampleModule.Level1, "Sam Patel", "Northfield", "Teacher", "NPS-1", null,
            new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.Zero), edit == "failed marked passed" ? SampleModule.Level1.Answers(wrong: 3) : SampleModule.Level1.Answers());
        var answers = record["attempts"]![0]!["answers"]!.AsObject();
        switch (edit)
        {
            case "level": record["module"]!["level"] = "level-2"; break;
            case "pass mark": record["passMark"] = 50; break;
            case "date": record["completedOn"] = "2027-10-01"; break;
            case "extra question": answers["extra"] = new JsonArray("a"); break;
            case "unknown option": answers["consent"] = new JsonArray("maybe"); break;
            default:
                foreach (var result in new[] { record, record["attempts"]![0]!.AsObject() })
                {
                    result["passed"] = true;
                }

                break;
        }

        var outcome = Read(RecordFactory.Seal(record));

        Assert.Null(outcome.Accepted);
        Assert.Contains(reason, outcome.Problems.Select(p => p.Text));
    }

    [Fact]
    public void A_failed_record_made_as_the_browser_makes_it_is_accepted_but_is_no_completion()
    {
        var outcome = Read(RecordFactory.Make(SampleModule.Level1, "Sam Patel", "Northfield", "Teacher", "NPS-1", null,
            new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.Zero), SampleModule.Level1.Answers(wrong: 2), SampleModule.Level1.Answers(wrong: 3)));

        Assert.Empty(outcome.Problems);
        Assert.False(outcome.Accepted!.Passed);
        Assert.Equal([new QuizResult(3, 5, 60, false), new QuizResult(2, 5, 40, false)], outcome.Accepted.Attempts.Select(a => a.Rescored));
    }

    private RecordOutcome Read(JsonObject record)
    {
        var path = Path.Combine(_folder, "record.json");
        RecordFactory.Save(record, path);
        var levels = new TrainingLevels([new TrainingLevel { Id = "level-1", Name = "Level 1" }, new TrainingLevel { Id = "level-2", Name = "Level 2" }]);
        return new CompletionRecordReader(new ModuleKeyStore(Path.Combine(_folder, "keys"), "keys"), levels).Read(path, "record.json");
    }
}
