using System.Globalization;
using System.Text;

namespace SiteGen.Completions;

/// <summary>The sections of report.html, in page order.</summary>
internal static class ReportSections
{
    public static void Headline(StringBuilder page, CompletionReport report)
    {
        var all = report.All;
        var who = report.Roster is null
            ? $"No roster was given, so these figures count the {all.People} people found in accepted records, and a pass at any level counts. Pass --roster with your staff list to measure against everyone who should be trained."
            : $"Of the {all.People} people on the roster, trained to the level their role requires:";
        page.Append(CultureInfo.InvariantCulture, $"""
            <h2 id="headline">Headline</h2>
            <p>{Html.Encode(who)}</p>
            <ul class="headline">
            <li><span class="figure">{all.PercentInDate}%</span> trained and in date ({all.InDate} of {all.People})</li>
            <li><span class="figure">{all.Percent(all.Overdue)}%</span> trained, refresher overdue ({all.Overdue} of {all.People})</li>
            <li><span class="figure">{all.Percent(all.Never)}%</span> never trained to their level ({all.Never} of {all.People})</li>
            </ul>

            """);
    }

    public static void Summary(StringBuilder page, CompletionReport report)
    {
        page.Append("<h2 id=\"summary\">By organisation, role and level</h2>\n");
        Table(page, $"Training to the required level by organisation, role and level, as of {ReportHtml.Iso(report.Settings.AsOf)}",
            ["Organisation", "Role", "Level required", "#People", "#Completed", "#In date", "#Overdue", "#Never", "#% in date"],
            report.Summary.Select(Cells), footer: Cells(report.All));

        var organisations = report.Summary.GroupBy(r => r.Organisation, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SummaryRow(g.Key, "", "", g.Sum(r => r.People), g.Sum(r => r.OnRoster), g.Sum(r => r.InDate), g.Sum(r => r.Overdue), g.Sum(r => r.Never)))
            .ToList();
        page.Append("<h3 id=\"by-organisation\">In date by organisation</h3>\n<div class=\"pair\">\n<div>");
        page.Append(SvgBarChart.Render("chart-organisations", "In date by organisation",
            "The percentage of each organisation's people who are trained to their level and in date. The table beside the chart gives the numbers.",
            [.. organisations.Select(o => new SvgBarChart.BarGroup(o.Organisation, [new SvgBarChart.BarValue("", o.PercentInDate, $"{o.PercentInDate}% ({o.InDate} of {o.People})")]))],
            max: 100));
        page.Append("</div>\n<div>");
        Table(page, "In date by organisation", ["Organisation", "#People", "#In date", "#% in date"],
            organisations.Select(o => new[] { o.Organisation, Number(o.People), Number(o.InDate), Number(o.PercentInDate) }));
        page.Append("</div>\n</div>\n");
    }

    public static void Modules(StringBuilder page, CompletionReport report)
    {
        page.Append("<h2 id=\"modules\">Modules</h2>\n");
        if (report.Modules.Count == 0)
        {
            page.Append("<p>No record was accepted, so there is nothing to show for any module.</p>\n");
            return;
        }

        Table(page, "Completions and passes at the first attempt, by module",
            ["Module", "Level", "#People with a record", "#Completions", "#Passed at first attempt", "#% at first attempt"],
            report.Modules.Select(m => new[] { m.Title, m.Level, Number(m.People), Number(m.Completions), Number(m.FirstAttemptPasses), Number(m.FirstAttemptPercent) }));

        var confidence = report.Modules.SelectMany(m => m.Confidence.Select(c => (Module: m, Change: c))).ToList();
        page.Append("<h3 id=\"confidence\">Confidence before and after by module</h3>\n");
        if (confidence.Count == 0)
        {
            page.Append("<p>No learner answered a confidence question both before and after.</p>\n");
            return;
        }

        page.Append("<p>Mean confidence from 1 (not at all confident) to 5 (very confident), among learners who answered both before and after.</p>\n<div class=\"pair\">\n<div>");
        page.Append(SvgBarChart.Render("chart-confidence", "Confidence before and after by module",
            "For each module and confidence question, mean confidence before the module (hatched bar) and after it (solid bar), on a scale of 1 to 5. The table beside the chart gives the numbers.",
            [.. confidence.Select(c => new SvgBarChart.BarGroup(c.Module.Title,
            [
                new SvgBarChart.BarValue("Before", c.Change.Before, Mean(c.Change.Before), Hatched: true),
                new SvgBarChart.BarValue("After", c.Change.After, Mean(c.Change.After)),
            ], c.Change.Question))],
            max: 5));
        page.Append("</div>\n<div>");
        Table(page, "Mean confidence before and after, by module and question",
            ["Module", "Question", "#Learners", "#Before", "#After", "#Change"],
            confidence.Select(c => new[] { c.Module.Title, c.Change.Question, Number(c.Change.Learners), Mean(c.Change.Before), Mean(c.Change.After), Signed(c.Change.Change) }));
        page.Append("</div>\n</div>\n");
    }

    public static void Misses(StringBuilder page, CompletionReport report)
    {
        page.Append("<h2 id=\"missed\">Questions most often answered wrongly</h2>\n<p>Across every attempt in accepted records; at most ten per module.</p>\n");
        foreach (var module in report.Modules)
        {
            page.Append(CultureInfo.InvariantCulture, $"<h3>{Html.Encode(module.Title)}</h3>\n");
            if (module.Misses.Count == 0)
            {
                page.Append("<p>No question was answered wrongly.</p>\n");
                continue;
            }

            Table(page, $"Most missed questions: {module.Title}", ["Question", "#Times asked", "#Times wrong", "#% wrong"],
                module.Misses.Select(q => new[] { q.Question, Number(q.Asked), Number(q.Wrong), Number(q.PercentWrong) }));
        }
    }

    public static void Rejected(StringBuilder page, CompletionReport report)
    {
        var rows = report.Roster?.Rejected.Count ?? 0;
        page.Append(CultureInfo.InvariantCulture, $"""
            <h2 id="rejected">Rejected records and roster rows</h2>
            <p>{report.Records.Rejected.Count} record file(s) and {rows} roster row(s) were rejected and are not counted above.
            rejected.csv, beside this report, lists each one with every reason, for the training lead to follow up.</p>

            """);
        if (report.Rejections.Count > 0)
        {
            Table(page, "Why records and roster rows were rejected", ["Reason", "#Files or rows"],
                report.Rejections.SelectMany(r => r.Problems.Select(p => p.Kind).Distinct())
                    .GroupBy(kind => kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                    .Select(g => new[] { Describe(g.Key), Number(g.Count()) }));
        }
    }

    /// <summary>A table whose first column heads its rows; a header starting with # is a number column.</summary>
    private static void Table(StringBuilder page, string caption, string[] headers, IEnumerable<string[]> rows, string[]? footer = null)
    {
        page.Append("<table>\n<caption>").Append(Html.Encode(caption)).Append("</caption>\n<thead><tr>");
        foreach (var header in headers)
        {
            page.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"{NumberClass(header)}>{Html.Encode(header.TrimStart('#'))}</th>");
        }

        page.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            Row(page, headers, row);
        }

        page.Append("</tbody>\n");
        if (footer is not null)
        {
            page.Append("<tfoot>\n");
            Row(page, headers, footer);
            page.Append("</tfoot>\n");
        }

        page.Append("</table>\n");
    }

    private static void Row(StringBuilder page, string[] headers, string[] cells)
    {
        page.Append("<tr>");
        for (var i = 0; i < cells.Length; i++)
        {
            var tag = i == 0 ? "th scope=\"row\"" : "td";
            page.Append(CultureInfo.InvariantCulture, $"<{tag}{NumberClass(headers[i])}>{Html.Encode(cells[i])}</{tag[..2]}>");
        }

        page.Append("</tr>\n");
    }

    private static string[] Cells(SummaryRow r) =>
        [r.Organisation, r.Role, r.Level, Number(r.People), Number(r.Completed), Number(r.InDate), Number(r.Overdue), Number(r.Never), Number(r.PercentInDate)];

    private static string NumberClass(string header) => header.StartsWith('#') ? " class=\"n\"" : "";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Mean(double mean) => mean.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Signed(double change) => (change > 0 ? "+" : "") + change.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Describe(ProblemKind kind) => kind switch
    {
        ProblemKind.Unreadable => "The file could not be read",
        ProblemKind.NotJson => "Not a completion record (not JSON)",
        ProblemKind.Schema => "Does not follow the completion record format",
        ProblemKind.Checksum => "Checksum does not match: changed or damaged after download",
        ProblemKind.Value => "A date or number that cannot be right",
        ProblemKind.UnknownModule => "Names a module this site does not have",
        ProblemKind.MissingKey => "Names a module version with no answer key",
        ProblemKind.BadKey => "The module's answer key could not be used",
        ProblemKind.KeyMismatch => "Module details or questions differ from the answer key",
        ProblemKind.Score => "Stated score differs from the re-scored answers",
        ProblemKind.Dates => "Dates that do not agree with each other",
        ProblemKind.UnknownLevel => "A training level site.yaml does not have",
        ProblemKind.Duplicate => "The same record handed in twice",
        ProblemKind.RosterColumns => "The roster lacks a column",
        _ => "An incomplete or repeated roster row",
    };
}
