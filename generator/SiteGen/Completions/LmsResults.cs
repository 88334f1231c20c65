using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;

namespace SiteGen.Completions;

/// <summary>
/// A learning platform's results for one SCORM package of a training module, in the shape
/// Moodle's SCORM "Basic report" downloads them (as text or CSV: tab- or comma-separated, one row
/// per attempt): Name (or First name and Last name), the identity fields the platform shows
/// (Email address, ID number), Attempt, Started on, Last accessed on, Score and, when the report
/// is detailed, a column per SCO holding its status or score ("Passed", "85/100").
/// Each finished attempt becomes a record of the module, matched to the roster by ID number or
/// email like any completion record, so the board sees one figure however staff trained. A row
/// that cannot be used is rejected with its line and reason; the other rows still count.
/// </summary>
public static partial class LmsResults
{
    // Moodle's user dates ("Monday, 7 December 2026, 9:15 AM" by default), its short forms, and ISO.
    private static readonly string[] DateFormats =
    [
        "dddd, d MMMM yyyy, h:mm tt", "d MMMM yyyy, h:mm tt", "dddd, d MMMM yyyy, HH:mm", "d MMMM yyyy, HH:mm",
        "dd/MM/yy, HH:mm", "d/MM/yy, HH:mm", "dd/MM/yyyy, HH:mm", "dd/MM/yyyy HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss",
    ];

    /// <summary>How the id of a record made from an LMS's row starts (a site's records have UUIDs).</summary>
    public const string RecordIdPrefix = "lms:";

    private static readonly TimeZoneInfo England = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>What was read from one file.</summary>
    /// <param name="Accepted">Each finished attempt, as a record of the module.</param>
    /// <param name="Rejected">Each row (or the header) that could not be used, with its reasons.</param>
    /// <param name="Rows">How many rows the file had.</param>
    /// <param name="NotFinished">Rows of people with no attempt, or an attempt with no result yet: not counted either way.</param>
    public sealed record Batch(IReadOnlyList<AcceptedRecord> Accepted, IReadOnlyList<Rejection> Rejected, int Rows, int NotFinished);

    /// <summary>Reads one platform's results for the module whose answer key is <paramref name="key"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="file">The file as messages name it.</param>
    /// <param name="key">The module's answer key (its newest version): its title, level and pass mark.</param>
    /// <param name="siteName">The site's title, which the records carry.</param>
    public static Batch Read(string path, string file, ModuleKey key, string siteName)
    {
        var accepted = new List<AcceptedRecord>();
        var rejected = new List<Rejection>();
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { TrackLineNumbers = true, TrimWhitespace = true, AllowLineBreaksInQuotes = false });
        var columns = LmsColumns.Find(csv.Headers, key.Module.Title);
        if (columns.Problem is { } headerProblem)
        {
            rejected.Add(new Rejection(file, 1, null, [headerProblem]));
            return new Batch(accepted, rejected, 0, 0);
        }

        var rows = 0;
        var notFinished = 0;
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            rows++;
            var row = (int)csv.LineNumber;
            string? Value(int? index) => index is { } i && i < csv.FieldCount && csv.GetString(i).Trim() is { Length: > 0 } value && value != "-" ? value : null;

            var name = columns.Name is { } n ? Value(n) : string.Join(' ', new[] { Value(columns.FirstName), Value(columns.LastName) }.OfType<string>()) is { Length: > 0 } both ? both : null;
            var learner = new Learner(name ?? "", "", "", Value(columns.IdNumber), Value(columns.Email));
            var person = new PersonNamed(name, null, learner.StaffId, learner.Email);
            if (Value(columns.Attempt) is not { } attemptText)
            {
                notFinished++; // on the platform's list, with no attempt yet
                continue;
            }

            var problems = new List<Problem>();
            if (name is null)
            {
                problems.Add(new Problem(ProblemKind.Value, $"row {row} has no name"));
            }

            if (!int.TryParse(attemptText, NumberStyles.None, CultureInfo.InvariantCulture, out var attemptNumber) || attemptNumber < 1)
            {
                problems.Add(new Problem(ProblemKind.Value, $"row {row}: the attempt '{attemptText}' is not a number from 1 up"));
            }

            var started = Date(Value(columns.Started), "Started on", row, problems);
            var finished = Date(Value(columns.LastAccessed), "Last accessed on", row, problems);
            if (started is { } s && finished is { } f && f < s)
            {
                problems.Add(new Problem(ProblemKind.Dates, $"row {row} was last accessed before it started"));
            }

            var outcome = Outcome(Value(columns.Status), Value(columns.Score), key.Module.PassMark, row, problems);
            if (problems.Count == 0 && outcome is null)
            {
                notFinished++; // started, not yet scored
                continue;
            }

            var identity = $"{learner.StaffId ?? learner.Email ?? name}#{attemptNumber}";
            if (problems.Count == 0 && !seen.TryAdd(identity, row))
            {
                problems.Add(new Problem(ProblemKind.Duplicate, $"row {row} repeats attempt {attemptNumber} of row {seen[identity]}, which is counted instead"));
            }

            var recordId = $"{RecordIdPrefix}{file}:{row}";
            if (problems.Count > 0)
            {
                rejected.Add(new Rejection(file, row, recordId, problems, person));
                continue;
            }

            var result = outcome!;
            var attempt = new Attempt(attemptNumber, started!.Value, finished!.Value, new Dictionary<string, IReadOnlyList<string>>(), result);
            var module = key.Module;
            var record = new CompletionRecord
            {
                RecordId = recordId,
                Learner = learner,
                Module = new RecordModule(module.Id, module.Title, module.Level, module.LevelName, module.Version, module.QuizId, module.QuizVersion),
                SiteName = siteName,
                Started = started.Value,
                Completed = finished.Value,
                CompletedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(finished.Value, England).DateTime),
                DurationSeconds = (int)(finished.Value - started.Value).TotalSeconds,
                PassMark = module.PassMark,
                Result = result,
                Attempts = [attempt],
                ConfidenceBefore = new Dictionary<string, int>(),
                ConfidenceAfter = new Dictionary<string, int>(),
            };

            // The platform kept no answers, so the attempt has no marks: it counts towards passes
            // and attempts, never towards how often each question was missed.
            accepted.Add(new AcceptedRecord($"{file}:{row}", record, key, [new ScoredAttempt(attempt, result, new Dictionary<string, bool>())]));
        }

        return new Batch(accepted, rejected, rows, notFinished);
    }

    /// <summary>Whether a record, or a rejected row, came from an LMS's results.</summary>
    /// <param name="recordId">Its record id.</param>
    public static bool IsFromPlatform(string? recordId) => recordId?.StartsWith(RecordIdPrefix, StringComparison.Ordinal) == true;

    private static DateTimeOffset? Date(string? text, string column, int row, List<Problem> problems)
    {
        if (text is not null && DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            return new DateTimeOffset(local, England.GetUtcOffset(local));
        }

        problems.Add(new Problem(ProblemKind.Dates, text is null
            ? $"row {row} has no '{column}' date"
            : $"row {row}: '{column}' is '{text}', not a date Moodle writes (such as 'Monday, 7 December 2026, 9:15 AM')"));
        return null;
    }

    // The attempt's result: from the SCO's own column when the report is detailed (a status, or
    // a score as "raw/max"), else from the attempt's grade. Null for an attempt with no result yet.
    private static QuizResult? Outcome(string? status, string? grade, int passMark, int row, List<Problem> problems)
    {
        if (status is not null && ScoreOutOf().Match(status) is { Success: true } scored)
        {
            var raw = double.Parse(scored.Groups["raw"].Value, CultureInfo.InvariantCulture);
            var max = scored.Groups["max"].Success ? double.Parse(scored.Groups["max"].Value, CultureInfo.InvariantCulture) : 100;
            return Percent(max > 0 ? raw / max * 100 : -1, passMark, row, problems);
        }

        switch (status?.ToLowerInvariant())
        {
            case "passed":
                return Percent(grade is null ? passMark : Number(grade), passMark, row, problems, passed: true);
            case "failed":
                return Percent(grade is null ? 0 : Number(grade), passMark, row, problems, passed: false);
            case "incomplete" or "not attempted" or "browsed":
                return null;
            case "completed":
                problems.Add(new Problem(ProblemKind.Score,
                    $"row {row} is 'Completed' with no score, but the module has a quiz with a pass mark of {passMark}%; download the report with scores (the detailed report)"));
                return null;
            case { } other:
                problems.Add(new Problem(ProblemKind.Score, $"row {row}: the status '{other}' is not one Moodle writes (Passed, Failed, Completed, Incomplete, Not attempted)"));
                return null;
        }

        return grade is null ? null : Percent(Number(grade), passMark, row, problems);
    }

    private static double Number(string text) =>
        double.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

    private static QuizResult? Percent(double percent, int passMark, int row, List<Problem> problems, bool? passed = null)
    {
        if (double.IsNaN(percent) || percent is < 0 or > 100)
        {
            problems.Add(new Problem(ProblemKind.Score, $"row {row}: the score is not a number from 0 to 100"));
            return null;
        }

        var rounded = (int)Math.Round(percent, MidpointRounding.AwayFromZero);
        return new QuizResult(rounded, 100, rounded, passed ?? rounded >= passMark);
    }

    [GeneratedRegex(@"^(?<raw>\d+(?:\.\d+)?)(?:\s*/\s*(?<max>\d+(?:\.\d+)?))?$")]
    private static partial Regex ScoreOutOf();
}
