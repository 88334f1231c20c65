using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Completions;

namespace SiteGen.Tests.Completions;

/// <summary>
/// Makes completion records as the browser will (docs/completion-record.md): stated results
/// worked out from the quiz, and the checksum computed with SiteGen's canonicaliser (which the
/// node-backed tests hold to JavaScript's).
/// </summary>
public static class RecordFactory
{
    /// <summary>A valid record whose attempts answered as given, the last one completed at <paramref name="completed"/>.</summary>
    public static JsonObject Make(SampleModule module, string name, string organisation, string role, string? staffId, string? email,
        DateTimeOffset completed, params Dictionary<string, string[]>[] attempts)
    {
        if (attempts.Length == 0)
        {
            attempts = [module.Answers()];
        }

        var scored = attempts.Select((answers, i) =>
        {
            var finished = completed.AddMinutes(-20 * (attempts.Length - 1 - i));
            return (Answers: answers, Started: finished.AddMinutes(-12), Completed: finished, Result: Score(module, answers));
        }).ToList();
        var reference = scored.LastOrDefault(a => a.Result.Passed);
        reference = reference.Answers is null ? scored[^1] : reference;
        var started = scored[0].Started.AddMinutes(-30);

        var record = new JsonObject
        {
            ["format"] = "sitegen-completion-record",
            ["formatVersion"] = 1,
            ["recordId"] = Guid.NewGuid().ToString("D"),
            ["learner"] = new JsonObject { ["name"] = name, ["organisation"] = organisation, ["role"] = role, ["staffId"] = staffId, ["email"] = email },
            ["module"] = new JsonObject
            {
                ["id"] = module.Id,
                ["title"] = module.Title,
                ["level"] = module.Level,
                ["levelName"] = module.LevelName,
                ["version"] = module.Version,
                ["quizId"] = module.Quiz.Id,
                ["quizVersion"] = module.QuizVersion,
            },
            ["site"] = new JsonObject { ["name"] = "Test partnership site", ["url"] = "https://cse.example.org/safeguarding/cse/", ["partnership"] = "Testshire Safeguarding Children Partnership" },
            ["started"] = Time(started),
            ["completed"] = Time(reference.Completed),
            ["completedOn"] = reference.Completed.ToString("yyyy-MM-dd"),
            ["durationSeconds"] = (int)(reference.Completed - started).TotalSeconds,
            ["passMark"] = module.PassMark,
            ["attempts"] = new JsonArray([.. scored.Select((a, i) => (JsonNode)new JsonObject
            {
                ["number"] = i + 1,
                ["started"] = Time(a.Started),
                ["completed"] = Time(a.Completed),
                ["answers"] = new JsonObject(a.Answers.Select(q => KeyValuePair.Create(q.Key, (JsonNode?)new JsonArray([.. q.Value.Select(o => (JsonNode)o!)])))),
            }.Also(o => SetResult(o, a.Result)))]),
            ["confidence"] = new JsonObject
            {
                ["before"] = new JsonObject(module.Quiz.Confidence.Select(c => KeyValuePair.Create(c.Id, (JsonNode?)2))),
                ["after"] = new JsonObject(module.Quiz.Confidence.Select(c => KeyValuePair.Create(c.Id, (JsonNode?)4))),
            },
        };
        SetResult(record, reference.Result);
        return Seal(record);
    }

    /// <summary>Sets the record's checksum from its current contents (what a forger who knows the algorithm would do).</summary>
    public static JsonObject Seal(JsonObject record)
    {
        record.Remove("checksum");
        using var document = JsonDocument.Parse(record.ToJsonString());
        record["checksum"] = RecordChecksum.Compute(document.RootElement);
        return record;
    }

    public static void Save(JsonObject record, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, record.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static (int Score, int Total, int Percent, bool Passed) Score(SampleModule module, Dictionary<string, string[]> answers)
    {
        var score = module.Answerable.Count(q => answers.TryGetValue(q.Id, out var chosen) && chosen.Order().SequenceEqual(SampleModule.Correct(q).Order()));
        var percent = score * 100 / answers.Count;
        return (score, answers.Count, percent, percent >= module.PassMark);
    }

    private static void SetResult(JsonObject target, (int Score, int Total, int Percent, bool Passed) result)
    {
        target["score"] = result.Score;
        target["total"] = result.Total;
        target["percent"] = result.Percent;
        target["passed"] = result.Passed;
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");

    private static T Also<T>(this T value, Action<T> change)
    {
        change(value);
        return value;
    }
}
