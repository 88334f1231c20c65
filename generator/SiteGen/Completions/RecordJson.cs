using System.Globalization;
using System.Text.Json;

namespace SiteGen.Completions;

/// <summary>
/// Turns a record's JSON into a <see cref="CompletionRecord"/>, once it has passed the schema.
/// The schema fixes every shape; what is left are values its patterns allow but that cannot
/// be: a date that does not exist, a number too large to be a count.
/// </summary>
public static class RecordJson
{
    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.F'Z'", "yyyy-MM-dd'T'HH:mm:ss.FF'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFF'Z'"];

    /// <summary>The record, or null when a value cannot be used (each reason is added to <paramref name="problems"/>).</summary>
    /// <param name="root">A record that is valid against <see cref="RecordSchema"/>.</param>
    /// <param name="problems">Where reasons go.</param>
    public static CompletionRecord? Read(JsonElement root, List<Problem> problems)
    {
        var before = problems.Count;
        var learner = root.GetProperty("learner");
        var module = root.GetProperty("module");
        var confidence = root.GetProperty("confidence");
        var record = new CompletionRecord
        {
            RecordId = Text(root, "recordId"),
            Learner = new Learner(Text(learner, "name"), Text(learner, "organisation"), Text(learner, "role"), TextOrNull(learner, "staffId"), TextOrNull(learner, "email")),
            Module = new RecordModule(Text(module, "id"), Text(module, "title"), Text(module, "level"), Text(module, "levelName"),
                Text(module, "version"), Text(module, "quizId"), Text(module, "quizVersion")),
            SiteName = Text(root.GetProperty("site"), "name"),
            Started = Time(root, "started", "started", problems),
            Completed = Time(root, "completed", "completed", problems),
            CompletedOn = Date(root, "completedOn", problems),
            DurationSeconds = Count(root, "durationSeconds", "durationSeconds", problems),
            Pages = root.TryGetProperty("pages", out var pages)
                ? [.. pages.EnumerateArray().Select((p, i) => new PageTime(Text(p, "path"), Count(p, "seconds", $"pages[{i}].seconds", problems)))]
                : null,
            PassMark = Count(root, "passMark", "passMark", problems),
            Result = Result(root, "", problems),
            Attempts = [.. root.GetProperty("attempts").EnumerateArray().Select((a, i) => Attempt(a, $"attempts[{i}]", problems))],
            ConfidenceBefore = Confidence(confidence.GetProperty("before")),
            ConfidenceAfter = Confidence(confidence.GetProperty("after")),
        };
        return problems.Count == before ? record : null;
    }

    private static Attempt Attempt(JsonElement attempt, string path, List<Problem> problems) => new(
        Count(attempt, "number", path + ".number", problems),
        Time(attempt, "started", path + ".started", problems),
        Time(attempt, "completed", path + ".completed", problems),
        attempt.GetProperty("answers").EnumerateObject().ToDictionary(
            q => q.Name,
            q => (IReadOnlyList<string>)[.. q.Value.EnumerateArray().Select(JsonText.Value)],
            StringComparer.Ordinal),
        Result(attempt, path + ".", problems));

    private static QuizResult Result(JsonElement element, string prefix, List<Problem> problems) => new(
        Count(element, "score", prefix + "score", problems),
        Count(element, "total", prefix + "total", problems),
        Count(element, "percent", prefix + "percent", problems),
        element.GetProperty("passed").GetBoolean());

    private static Dictionary<string, int> Confidence(JsonElement answers) =>
        answers.EnumerateObject().ToDictionary(a => a.Name, a => (int)a.Value.GetDouble(), StringComparer.Ordinal); // the schema holds them to 1..5

    private static string Text(JsonElement element, string name) => JsonText.Value(element.GetProperty(name));

    private static string? TextOrNull(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.String } value ? JsonText.Value(value) : null;

    private static int Count(JsonElement element, string name, string path, List<Problem> problems)
    {
        var number = element.GetProperty(name).GetDouble(); // the schema has made it a whole number, perhaps written 1.0
        if (number > int.MaxValue)
        {
            problems.Add(new Problem(ProblemKind.Value, $"{path}: {element.GetProperty(name).GetRawText()} is too large"));
            return 0;
        }

        return (int)number;
    }

    private static DateTimeOffset Time(JsonElement element, string name, string path, List<Problem> problems)
    {
        var text = Text(element, name);
        if (DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        problems.Add(new Problem(ProblemKind.Value, $"{path}: {text} is not a real date and time"));
        return default;
    }

    private static DateOnly Date(JsonElement element, string name, List<Problem> problems)
    {
        var text = Text(element, name);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new Problem(ProblemKind.Value, $"{name}: {text} is not a real date"));
        return default;
    }
}
