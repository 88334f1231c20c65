using System.Text;

namespace SiteGen.Completions;

/// <summary>
/// The sections of report.html that name people, for the training lead to act on: records held
/// back for checking, everyone to chase, and people with records who are not on the roster.
/// </summary>
internal static class ReportFollowUp
{
    public static void ToCheck(StringBuilder page, CompletionReport report)
    {
        if (report.ToCheck.Count == 0)
        {
            return;
        }

        page.Append($"""
            <section aria-labelledby="to-check">
            <h2 id="to-check">Records to check before they count</h2>
            <p>{Wording.Count(report.ToCheck.Count, "record was", "records were")} accepted as genuine but {Wording.Agree(report.ToCheck.Count, "is", "are")} not counted:
            the staff id or email matches a roster row whose name or organisation is not the record's, or the module was completed far faster
            than it can be read (under a quarter of its estimated time). To count one, add it to a decisions file and run the report again
            with --accept (see to-check.csv and the README).</p>

            """);
        ReportTable.Table(page, "to-check-table", "Records held back for checking, with the record's identity beside the roster's",
            ["Record", "Name on record", "Organisation on record", "Roster name", "Roster organisation", "Why", "How to settle"],
            report.ToCheck.Select(c => new[]
            {
                c.Record.Record.RecordId, c.Record.Record.Learner.Name, c.Record.Record.Learner.Organisation,
                c.Member?.Name ?? "", c.Member?.Organisation ?? "", c.Why, c.HowToSettle,
            }),
            wide: [5, 6]);
        page.Append("</section>\n");
    }

    public static void Chase(StringBuilder page, CompletionReport report)
    {
        var by = ReportHtml.Long(report.Settings.DueSoonBy);
        page.Append($"""
            <section aria-labelledby="to-chase">
            <h2 id="to-chase">To chase</h2>

            """);
        if (report.Chase.Count == 0)
        {
            page.Append($"<p>Nobody to chase: everyone counted is trained to their level and in date, with no refresher due by {by}.</p>\n</section>\n");
            return;
        }

        var needs = report.Chase.GroupBy(c => c.Need).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.First().NeedText}");
        page.Append($"<p>{Wording.Count(report.Chase.Count, "person", "people")}: {string.Join(", ", needs)} (a refresher due by {by}). to-chase.csv has the same list with staff ids and emails.</p>\n");
        var sector = report.Chase.Any(c => c.Sector is not null);
        ReportTable.Table(page, "to-chase-table", $"People to chase, by organisation, as of {ReportHtml.Long(report.Settings.AsOf)}",
            [.. sector ? new[] { "Sector" } : [], "Organisation", "Name", "Role", "Needs", "What for"],
            report.Chase.Select(c => (string[])[.. sector ? new[] { c.Sector ?? "" } : [], c.Organisation, c.Name, c.Role, c.NeedText, c.Detail]),
            wide: [sector ? 5 : 4]);
        page.Append("</section>\n");
    }

    public static void NotOnRoster(StringBuilder page, CompletionReport report)
    {
        if (report.Roster is null || report.NotOnRoster.Count == 0)
        {
            return;
        }

        var people = report.NotOnRoster.GroupBy(r => (r.Name, r.Organisation)).ToList();
        page.Append($"""
            <section aria-labelledby="not-on-roster">
            <h2 id="not-on-roster">People with records who are not on the roster</h2>
            <p>{Wording.Count(people.Count, "person has", "people have")} accepted records but no roster row matches their staff id or email.
            They are not in the figures above. If they should be, add them to the roster (or correct their staff id or email there).</p>

            """);
        ReportTable.Table(page, "not-on-roster-table", "People with records who are not on the roster",
            ["Name", "Organisation", "Role", "Modules passed", "Latest completion"],
            people.Select(g => new[]
            {
                g.Key.Name, g.Key.Organisation, g.First().Role,
                string.Join(", ", g.Where(r => r.Result?.Passed == true).Select(r => r.ModuleTitle ?? r.Module)),
                g.Max(r => r.Completed) is { } latest ? ReportHtml.Long(latest) : "",
            }));
        page.Append("</section>\n");
    }
}
