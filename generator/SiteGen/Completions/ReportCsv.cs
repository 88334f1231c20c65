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
        ["name", "staff_id", "email", "organisation", "role", "on_roster", "level_required", "level_achieved", "meets_required_level", "module", "module_title",
         "version", "completed", "score", "total", "percent", "passed", "refresher_due", "status", "record_id", "file"];

    /// <summary>The columns of summary.csv.</summary>
    public static readonly string[] SummaryColumns =
        ["organisation", "role", "level", "people", "on_roster", "completed", "in_date", "overdue", "never", "percent_in_date"];

    /// <summary>The columns of rejected.csv.</summary>
    public static readonly string[] RejectedColumns = ["file", "row", "record_id", "reason"];

    // A byte order mark, so that Excel reads names with accents as UTF-8.
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    /// <summary>Writes completions.csv.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="rows">The rows.</param>
    public static void WriteCompletions(string path, IEnumerable<CompletionRow> rows) => Write(path, CompletionColumns, rows.Select(r => new[]
    {
        r.Name, r.StaffId ?? "", r.Email ?? "", r.Organisation, r.Role, YesNo(r.OnRoster), r.LevelRequired ?? "", r.LevelAchieved ?? "",
        r.MeetsRequiredLevel is { } meets ? YesNo(meets) : "", r.Module ?? "", r.ModuleTitle ?? "", r.Version ?? "", Date(r.Completed),
        Number(r.Result?.Score), Number(r.Result?.Total), Number(r.Result?.Percent),
        r.Result is { } result ? YesNo(result.Passed) : "", Date(r.RefresherDue), r.Status.ToText(), r.RecordId ?? "", r.File ?? "",
    }));

    /// <summary>Writes summary.csv: the groups, then the "All" row.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="rows">The groups and the total.</param>
    public static void WriteSummary(string path, IEnumerable<SummaryRow> rows) => Write(path, SummaryColumns, rows.Select(r => new[]
    {
        r.Organisation, r.Role, r.Level, Number(r.People), Number(r.OnRoster), Number(r.Completed), Number(r.InDate), Number(r.Overdue), Number(r.Never), Number(r.PercentInDate),
    }));

    /// <summary>Writes rejected.csv: one row per rejected file or roster row, its reasons joined with "; ".</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="rejections">The rejections.</param>
    public static void WriteRejected(string path, IEnumerable<Rejection> rejections) => Write(path, RejectedColumns, rejections.Select(r => new[]
    {
        r.File, Number(r.Row), r.RecordId ?? "", r.Reason,
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
