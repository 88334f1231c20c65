using System.Globalization;
using System.Text;

namespace SiteGen.Completions;

/// <summary>
/// report.html for the safeguarding board: one self-contained page with no script, readable
/// and printable (A4) as it is. Headline figures with their status and change since the last
/// report, records held for checking, the summary, everyone to chase, each module's completions,
/// attempts, time and confidence, the questions most often missed, people not on the roster, and
/// how many inputs were rejected, each in a section of its own. Charts are inline SVG, each above the table of its numbers. It reflows
/// to a 320px screen: wide tables scroll inside their own focusable region, charts shrink to
/// fit. Every value from a record is escaped.
/// </summary>
public static class ReportHtml
{
    /// <summary>The page.</summary>
    /// <param name="report">The report.</param>
    public static string Render(CompletionReport report)
    {
        var s = report.Settings;
        var title = $"CSE training completions, {Long(s.AsOf)} – {s.SiteTitle}";
        var records = report.Records;
        var lmsAccepted = records.Accepted.Count(r => LmsResults.IsFromPlatform(r.Record.RecordId));
        var lmsRejected = records.Rejected.Count(r => LmsResults.IsFromPlatform(r.RecordId));
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{Html.Encode(s.Language)}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{ReportStyle.ContentSecurityPolicy}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <meta name="referrer" content="no-referrer">
            <title>{Html.Encode(title)}</title>
            <style>{ReportStyle.Css}</style>
            </head>
            <body>
            <main>
            <h1>{Html.Encode(title)}</h1>
            <p class="meta">{Html.Encode(s.SiteTitle)}, {Html.Encode(s.Partnership)}</p>
            <p class="meta">As of <strong>{Long(s.AsOf)}</strong>. Refreshers are due {Wording.Count(s.RefresherMonths, "month", "months")} after a pass.</p>
            <p class="meta">{Wording.Count(records.FilesRead, "record file", "record files")} read: {records.Accepted.Count - lmsAccepted} accepted, {records.Rejected.Count - lmsRejected} rejected.{(lmsAccepted + lmsRejected > 0 ? $" LMS results: {Wording.Count(lmsAccepted, "attempt", "attempts")} counted, {Wording.Count(lmsRejected, "row", "rows")} rejected." : "")}
            {(report.Roster is { } roster ? $"Roster: {Html.Encode(Path.GetFileName(roster.File))}, {Wording.Count(roster.Members.Count, "person", "people")}." : "")}</p>

            """);
        ReportSections.Headline(page, report);
        ReportFollowUp.ToCheck(page, report);
        ReportSections.Summary(page, report);
        ReportFollowUp.Chase(page, report);
        ReportSections.Modules(page, report);
        ReportSections.Misses(page, report);
        ReportFollowUp.NotOnRoster(page, report);
        ReportSections.Rejected(page, report);
        page.Append("""
            <section aria-labelledby="about">
            <h2 id="about">What these records prove</h2>
            <p class="note">Each record was checked against this site's answer keys: its answers were re-scored and its checksum recomputed.
            That catches damaged files and casual edits. It is not a signature and does not prove who took the training: treat a record
            as you would a paper certificate (see docs/completion-record.md).</p>
            </section>
            </main>
            </body>
            </html>

            """);
        return page.ToString();
    }

    /// <summary>A date as "21 November 2026", the same in every culture.</summary>
    internal static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
