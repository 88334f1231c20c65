using System.Globalization;
using CsvHelper;

namespace SiteGen.Completions;

/// <summary>
/// completions.csv, summary.csv and rejected.csv. Text from records is escaped against formula
/// injection (a name starting with = is written as '=…), since these files are opened in
/// spreadsheets and every name in them was typed by a learner.
/// </summary>
public static class ReportCsv
{
    /// <summary>The columns of completions.csv.</summary>
    public static readonly string[] CompletionColumns =
        ["name", "staff_id", "email", "sector", "organisation", "role", "on_roster", "level_required", "level_achieved", "meets_required_level", "module", "module_title",
         "version", "completed", "score", "total", "percent", "passed", "refresher_due", "status", "record_id", "file"];

    /// <summary>The columns of summary.csv.</summary>
    public static readonly string[] SummaryColumns =
        ["sector", "organisation", "role", "level", "people", "on_roster", "completed", "in_date", "overdue", "never", "percent_in_date"];

    /// <summary>The columns of rejected.csv.</summary>
    public static readonly string[] RejectedColumns = ["file", "row", "record_id", "name", "organisation", "staff_id", "email", "reason"];

    /// <summary>The columns of to-check.csv.</summary>
    public static readonly string[] ToCheckColumns =
        ["record_id", "file", "why", "name_on_record", "organisation_on_record", "staff_id_on_record", "email_on_record",
         "roster_row", "roster_name", "roster_organisation", "roster_staff_id", "roster_email", "module", "completed", "minutes_taken", "minutes_estimated", "how_to_settle"];

    /// <summary>The columns of to-chase.csv.</summary>
    public static readonly string[] ChaseColumns = ["sector", "organisation", "name", "staff_id", "email", "role", "level_required", "need", "detail", "due"];

    // A byte order mark, so that Excel reads names with accents as UTF-8.
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    /// <summary>Writes completions.csv.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="rows">The rows.</param>
    public static void WriteCompletions(string path, IEnumerable<CompletionRow> rows) => Write(path, CompletionColumns, rows.Select(r => new[]
    {
        r.Name, r.StaffId ?? "", r.Email ?? "", r.Sector ?? "", r.Organisation, r.Role, YesNo(r.OnRoster), r.LevelRequired ?? "", r.LevelAchieved ?? "",
        r.MeetsRequiredLevel is { } meets ? YesNo(meets) : "", r.Module ?? "", r.ModuleTitle ?? "", r.Version ?? "", Date(r.Completed),
        Number(r.Result?.Score), Number(r.Result?.Total), Number(r.Result?.Percent),
        r.Result is { } result ? YesNo(result.Passed) : "", Date(r.RefresherDue), r.Status.ToText(), r.RecordId ?? "", r.File ?? "",
    }));

    /// <summary>Writes summary.csv: the groups, then the "All" row.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="rows">The groups and the total.</param>
    public static void WriteSummary(string path, IEnumerable<SummaryRow> rows) => Write(path, SummaryColumns, rows.Select(r => new[]
    {
        r.Sector, r.Organisation, r.Role, r.Level, Number(r.People), Number(r.OnRoster), Number(r.Completed), Number(r.InDate), Number(r.Overdue), Number(r.Never), Number(r.PercentInDate),
    }));

    /// <summary>Writes rejected.csv: one row per rejected file or roster row, its reasons joined with "; ".</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="rejections">The rejections.</param>
    public static void WriteRejected(string path, IEnumerable<Rejection> rejections) => Write(path, RejectedColumns, rejections.Select(r => new[]
    {
        r.File, Number(r.Row), r.RecordId ?? "", r.Person?.Name ?? "", r.Person?.Organisation ?? "", r.Person?.StaffId ?? "", r.Person?.Email ?? "", r.Reason,
    }));

    /// <summary>Writes to-check.csv: each record held back, both identities side by side, and how to settle it.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="records">The records held back.</param>
    public static void WriteToCheck(string path, IEnumerable<RecordToCheck> records) => Write(path, ToCheckColumns, records.Select(c =>
    {
        var (record, learner, member) = (c.Record.Record, c.Record.Record.Learner, c.Member);
        return new[]
        {
            record.RecordId, c.Record.File, c.Why, learner.Name, learner.Organisation, learner.StaffId ?? "", learner.Email ?? "",
            Number(member?.Row), member?.Name ?? "", member?.Organisation ?? "", member?.StaffId ?? "", member?.Email ?? "",
            record.Module.Id, Date(record.CompletedOn), Number(c.Time.MinutesTaken), Number(c.Time.MinutesEstimated), c.HowToSettle,
        };
    }));

    /// <summary>Writes to-chase.csv: everyone to chase, by organisation.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="rows">The people to chase.</param>
    public static void WriteChase(string path, IEnumerable<ChaseRow> rows) => Write(path, ChaseColumns, rows.Select(c => new[]
    {
        c.Sector ?? "", c.Organisation, c.Name, c.StaffId ?? "", c.Email ?? "", c.Role, c.LevelRequired, c.NeedText, c.Detail, Date(c.Due),
    }));

    private static void Write(string path, string[] header, IEnumerable<string[]> rows)
    {
        using var csv = CsvWriter.ToFile(path, Options);
        csv.WriteHeader(header);
        foreach (var row in rows)
        {
            csv.WriteRecord(row);
        }
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Number(int? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "";
}
