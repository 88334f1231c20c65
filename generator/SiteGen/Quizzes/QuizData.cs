using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteGen.Quizzes;

/// <summary>
/// A quiz's questions and answer key as data: <c>quizzes/ID.js</c> for the page (a classic
/// script, so it loads from file://) and <c>quizzes/ID.json</c> for tools that re-score records.
/// </summary>
public static partial class QuizData
{
    private static readonly QuizJson Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    });

    /// <summary>The site path of a quiz's script.</summary>
    public static string ScriptPath(string quizId) => $"quizzes/{quizId}.js";

    /// <summary>The site path of a quiz's JSON.</summary>
    public static string JsonPath(string quizId) => $"quizzes/{quizId}.json";

    /// <summary>The quiz's data as JSON, with a version that changes whenever the quiz as built does.</summary>
    public static string ToJson(QuizBlock block) => JsonSerializer.Serialize(Describe(block, Version(block)), Json.QuizRecord);

    /// <summary>
    /// A hash of the quiz as built, without its learn-more addresses: a copy built for disk links
    /// to <c>index.html</c> but asks the same questions, so it keeps the same version.
    /// </summary>
    public static string Version(QuizBlock block)
    {
        var data = Describe(block, version: "");
        data = data with { Questions = [.. data.Questions.Select(WithoutLinks)] };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(data, Json.QuizRecord))))[..16];
    }

    private static QuestionRecord WithoutLinks(QuestionRecord question) =>
        question with { LearnMore = question.LearnMore is { } link ? link with { Url = "" } : null, Questions = question.Questions?.Select(WithoutLinks).ToList() };

    /// <summary>The script that hands the data to the page.</summary>
    public static string ToScript(QuizBlock block, string json) =>
        $"window.SiteGenQuizzes = window.SiteGenQuizzes || {{}};\nwindow.SiteGenQuizzes[{JsonSerializer.Serialize(block.Definition.Id, Output.JsonValues.Default.String)}] = {json};\n";

    private static QuizRecord Describe(QuizBlock block, string version)
    {
        var quiz = block.Definition;
        return new QuizRecord(
            quiz.Id, quiz.Title, block.PageSitePath, block.PassMark, quiz.Attempts, quiz.Shuffle, quiz.Draw, version,
            [.. quiz.Confidence.Select(c => new ConfidenceRecord(c.Id, c.Question, c.Scale))],
            [.. quiz.Questions.Select(q => Question(block, q))]);
    }

    private static QuestionRecord Question(QuizBlock block, QuizQuestion question) => question.Kind == QuestionKind.Scenario
        ? new QuestionRecord(question.Id, "scenario", null, question.Scenario!.Trim(),
            [.. question.Questions.Select(q => Question(block, q))], null, null, null)
        : new QuestionRecord(question.Id, question.Kind == QuestionKind.TrueFalse ? "true-false" : question.Kind == QuestionKind.Multiple ? "multiple" : "single",
            question.Question, null, null,
            [.. question.Choices.Select(o => new OptionRecord(o.Id, o.Text, o.Correct, o.Feedback))],
            question.Explanation, block.LearnMore.GetValueOrDefault(question.Id));

    [JsonSerializable(typeof(QuizRecord))]
    private sealed partial class QuizJson : JsonSerializerContext;

    private sealed record QuizRecord(string Id, string Title, string Page, int PassMark, int? Attempts, bool Shuffle, int? Draw, string Version,
        IReadOnlyList<ConfidenceRecord> Confidence, IReadOnlyList<QuestionRecord> Questions);

    private sealed record ConfidenceRecord(string Id, string Question, IReadOnlyList<string> Scale);

    private sealed record QuestionRecord(string Id, string Kind, string? Question, string? Scenario, IReadOnlyList<QuestionRecord>? Questions,
        IReadOnlyList<OptionRecord>? Options, string? Explanation, LearnMoreLink? LearnMore);

    private sealed record OptionRecord(string Id, string Text, bool Correct, string? Feedback);
}
