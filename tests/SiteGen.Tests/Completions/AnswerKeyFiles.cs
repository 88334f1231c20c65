using System.Text.Json.Nodes;
using SiteGen.Quizzes;

namespace SiteGen.Tests.Completions;

/// <summary>
/// Writes answer keys as docs/completion-record.md documents them (completion-keys/&lt;module&gt;/&lt;version&gt;.json),
/// standing in for the build, which will write them.
/// </summary>
public static class AnswerKeyFiles
{
    /// <param name="keysFolder">The completion-keys folder.</param>
    /// <param name="module">The module.</param>
    /// <param name="minutes">Its estimated minutes; null writes a key as SiteGen wrote them before keys kept estimates.</param>
    public static void Write(string keysFolder, SampleModule module, int? minutes = null)
    {
        var key = new JsonObject
        {
            ["format"] = "sitegen-module-key",
            ["formatVersion"] = 1,
            ["module"] = new JsonObject
            {
                ["id"] = module.Id,
                ["title"] = module.Title,
                ["level"] = module.Level,
                ["levelName"] = module.LevelName,
                ["version"] = module.Version,
                ["quizId"] = module.Quiz.Id,
                ["quizVersion"] = module.QuizVersion,
                ["passMark"] = module.PassMark,
            },
            ["pages"] = new JsonArray(new JsonObject { ["path"] = $"training/{module.Id}/", ["title"] = module.Title }),
            ["confidence"] = new JsonArray([.. module.Quiz.Confidence.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id, ["question"] = c.Question, ["scale"] = new JsonArray("Not at all confident", "A little", "Somewhat", "Quite", "Very confident"),
            })]),
            ["questions"] = new JsonArray([.. module.Quiz.Questions.SelectMany(q => q.Answerable.Select(a => (JsonNode)Question(a, q.Kind == QuestionKind.Scenario ? q.Id : null)))]),
        };
        if (minutes is { } estimate)
        {
            key["module"]!["minutes"] = estimate;
            key["scenarios"] = new JsonArray([.. module.Quiz.Questions.Where(q => q.Kind == QuestionKind.Scenario)
                .Select(q => (JsonNode)new JsonObject { ["id"] = q.Id, ["text"] = q.Scenario })]);
        }

        var folder = Path.Combine(keysFolder, module.Id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, module.Version + ".json"), key.ToJsonString());
    }

    private static JsonObject Question(QuizQuestion question, string? scenario) => new()
    {
        ["id"] = question.Id,
        ["question"] = question.Question,
        ["scenario"] = scenario,
        ["options"] = new JsonArray([.. question.Choices.Select(o => (JsonNode)new JsonObject { ["id"] = o.Id, ["text"] = o.Text })]),
        ["correct"] = new JsonArray([.. SampleModule.Correct(question).Select(id => (JsonNode)id!)]),
    };
}
