using System.Text;

namespace SiteGen.Completions;

/// <summary>
/// Writes a report's four files into the output folder, and nothing anywhere else: they hold
/// personal data, so there are no temporary files to leave behind.
/// </summary>
public static class ReportFiles
{
    /// <summary>The names of the files written, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["completions.csv", "summary.csv", "rejected.csv", "to-check.csv", "to-chase.csv", "not-on-roster.csv", "report.html", ReportSnapshot.FileName, "report.xlsx"];

    /// <summary>Creates the folder if needed and writes the files (replacing any from an earlier run).</summary>
    /// <param name="report">The report.</param>
    /// <param name="folder">The output folder.</param>
    public static void Write(CompletionReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        ReportCsv.WriteCompletions(Path.Combine(folder, Names[0]), report.Rows);
        ReportCsv.WriteSummary(Path.Combine(folder, Names[1]), [.. report.Summary, report.All]);
        ReportCsv.WriteRejected(Path.Combine(folder, Names[2]), report.Rejections);
        ReportCsv.WriteToCheck(Path.Combine(folder, Names[3]), report.ToCheck);
        ReportCsv.WriteChase(Path.Combine(folder, Names[4]), report.Chase);
        ReportCsv.WriteCompletions(Path.Combine(folder, Names[5]), report.NotOnRoster);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        File.WriteAllText(Path.Combine(folder, Names[6]), ReportHtml.Render(report), utf8);
        File.WriteAllText(Path.Combine(folder, Names[7]), ReportSnapshot.Of(report).ToJson(), utf8);
        ReportWorkbook.Write(Path.Combine(folder, Names[8]), report);
    }
}
