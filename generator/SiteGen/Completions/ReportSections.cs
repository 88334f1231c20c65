using System.Globalization;
using System.Text;

namespace SiteGen.Completions;

/// <summary>The sections of report.html, in page order.</summary>
internal static class ReportSections
{
    public static void Headline(StringBuilder page, CompletionReport report)
    {
        var all = report.All;
        string Figure(int count, string says) =>
            $"<li><span class=\"figure\">{all.Percent(count)}%</span> ({count}) {Html.Encode(says)}</li>";
        page.Append("<section aria-labelledby=\"headline\">\n<h2 id=\"headline\">Headline</h2>\n");
        if (report.Roster is null)
        {
            page.Append(CultureInfo.InvariantCulture, $"""
                <p>No roster was given, so these figures count the {Wording.Count(all.People, "person", "people")} found in accepted records, and a pass at any level counts. Pass --roster with your staff list to measure against everyone who should be trained.</p>
                <ul class="headline">
                {Figure(all.InDate, $"{Wording.Agree(all.InDate, "has", "have")} passed a module and {Wording.Agree(all.InDate, "is", "are")} in date")}
                {Figure(all.Overdue, $"{Wording.Agree(all.Overdue, "has", "have")} passed, but the refresher is overdue")}
                {Figure(all.Never, $"{Wording.Agree(all.Never, "has", "have")} not yet passed a module")}
                </ul>
                </section>

                """);
            return;
        }

        var lower = report.PassedLowerLevel > 0
            ? $", of whom {report.PassedLowerLevel} {Wording.Agree(report.PassedLowerLevel, "has", "have")} passed a lower level"
            : "";
        page.Append(CultureInfo.InvariantCulture, $"""
            <p>Of the {Wording.Count(all.People, "person", "people")} on the roster:</p>
            <ul class="headline">
            {Figure(all.InDate, $"{Wording.Agree(all.InDate, "is", "are")} trained to the level their role needs and in date")}
            {Figure(all.Overdue, $"{Wording.Agree(all.Overdue, "is", "are")} trained to their level, but their refresher is overdue")}
            {Figure(all.Never, $"{Wording.Agree(all.Never, "is", "are")} not yet trained to their level{lower}")}
            </ul>
            </section>

            """);
    }

    public static void Summary(StringBuilder page, CompletionReport report)
    {
        page.Append("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">By organisation, role and level</h2>\n");
        Table(page, "summary-table", $"Training to the required level by organisation, role and level, as of {ReportHtml.Long(report.Settings.AsOf)}",
            ["Organisation", "Role", "Level required", "#People", "#Trained to level", "#In date", "#Overdue", "#Not trained to level", "#% in date"],
            report.Summary.Select(Cells), footer: Cells(report.All));

        var organisations = report.Summary.GroupBy(r => r.Organisation, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SummaryRow(g.Key, "", "", g.Sum(r => r.People), g.Sum(r => r.OnRoster), g.Sum(r => r.InDate), g.Sum(r => r.Overdue), g.Sum(r => r.Never)))
            .ToList();
        page.Append("<h3 id=\"by-organisation\">In date by organisation</h3>\n<div class=\"chart\">\n");
        page.Append(SvgBarChart.Percentages("chart-organisations", "In date by organisation",
            "The percentage of each organisation's people who are trained to their level and in date. The table below the chart gives the numbers.",
            [.. organisations.Select(o => new SvgBarChart.Percentage(o.Organisation, o.PercentInDate, $"{o.PercentInDate}% ({o.InDate} of {o.People})"))]));
        page.Append("\n</div>\n");
        Table(page, "organisations-table", $"People in date by organisation, as of {ReportHtml.Long(report.Settings.AsOf)}", ["Organisation", "#People", "#In date", "#% in date"],
            organisations.Select(o => new[] { o.Organisation, Number(o.People), Number(o.InDate), Number(o.PercentInDate) }));
        page.Append("</section>\n");
    }

    public static void Modules(StringBuilder page, CompletionReport report)
    {
        page.Append("<section aria-labelledby=\"modules\">\n<h2 id=\"modules\">Modules</h2>\n");
        if (report.Modules.Count == 0)
        {
            page.Append("<p>No record was accepted, so there is nothing to show for any module.</p>\n</section>\n");
            return;
        }

        Table(page, "modules-table", "Completions and passes at the first attempt, by module",
            ["Module", "Level", "#People with a record", "#Completions", "#Passed at first attempt", "#% at first attempt"],
            report.Modules.Select(m => new[] { m.Title, m.Level, Number(m.People), Number(m.Completions), Number(m.FirstAttemptPasses), Number(m.FirstAttemptPercent) }));

        var confidence = report.Modules.Where(m => m.Confidence.Count > 0).ToList();
        page.Append("<h3 id=\"confidence\">Confidence before and after by module</h3>\n");
        if (confidence.Count == 0)
        {
            page.Append("<p>No learner answered a confidence question both before and after.</p>\n</section>\n");
            return;
        }

        page.Append("<p>Mean confidence from 1 (not at all confident) to 5 (very confident), among learners who answered both before and after. Each bar starts at 1, the lowest answer.</p>\n<div class=\"chart\">\n");
        var modules = confidence.Select(m => new SvgBarChart.Module(m.Title, [.. m.Confidence.Select(c => new SvgBarChart.Question(c.Question, c.Before, c.After))], Caution(m))).ToList();
        var cautions = string.Concat(modules.Where(m => m.Caution is not null).Select(m => $" {m.Title}: {m.Caution}"));
        page.Append(SvgBarChart.Confidence("chart-confidence", "Confidence before and after by module",
            "For each module and confidence question, mean confidence before the module (hatched bar) and after it (solid bar), on a scale from 1 to 5 along which each bar starts at 1. The table below the chart gives the numbers." + cautions,
            modules));
        page.Append("\n</div>\n");
        Table(page, "confidence-table", "Mean confidence before and after, by module and question",
            ["Module", "Question", "#Learners", "#Before", "#After", "#Change"],
            confidence.SelectMany(m => m.Confidence.Select(c => new[] { m.Title, c.Question, Number(c.Learners), Mean(c.Before), Mean(c.After), Signed(c.Change) })),
            wide: [0, 1]);
        page.Append("</section>\n");
    }

    public static void Misses(StringBuilder page, CompletionReport report)
    {
        page.Append("<section aria-labelledby=\"missed\">\n<h2 id=\"missed\">Questions most often answered wrongly</h2>\n<p>Across every attempt in accepted records; at most ten per module.</p>\n");
        var index = 0;
        foreach (var module in report.Modules)
        {
            index++;
            page.Append(CultureInfo.InvariantCulture, $"<h3>{Html.Encode(module.Title)}</h3>\n");
            if (module.Misses.Count == 0)
            {
                page.Append("<p>No question was answered wrongly.</p>\n");
                continue;
            }

            Table(page, $"missed-{index}-table", $"Most missed questions: {module.Title}", ["Question", "#Times asked", "#Times wrong", "#% wrong"],
                module.Misses.Select(q => new[] { q.Question, Number(q.Asked), Number(q.Wrong), Number(q.PercentWrong) }), wide: [0]);
        }

        page.Append("</section>\n");
    }

    public static void Rejected(StringBuilder page, CompletionReport report)
    {
        var files = report.Records.Rejected.Count;
        var rows = report.Roster?.Rejected.Count ?? 0;
        var summary = (files, rows, report.Roster) switch
        {
            (0, 0, _) => "No records or roster rows were rejected.",
            (_, _, null) => $"{Wording.Count(files, "record file was", "record files were")} rejected and {Wording.Agree(files, "is", "are")} not counted above.",
            (0, _, _) => $"No record files and {Wording.Count(rows, "roster row", "roster rows")} were rejected and are not counted above.",
            (_, 0, _) => $"{Wording.Count(files, "record file", "record files")} and no roster rows were rejected and are not counted above.",
            _ => $"{Wording.Count(files, "record file", "record files")} and {Wording.Count(rows, "roster row", "roster rows")} were rejected and are not counted above.",
        };
        page.Append(CultureInfo.InvariantCulture, $"""
            <section aria-labelledby="rejected">
            <h2 id="rejected">Rejected records and roster rows</h2>
            <p>{summary}{(files + rows > 0 ? "\nrejected.csv, beside this report, lists each one with every reason, for the training lead to follow up." : "")}</p>

            """);
        if (report.Rejections.Count > 0)
        {
            Table(page, "rejected-table", "Why records and roster rows were rejected", ["Reason", "#Files or rows"],
                report.Rejections.SelectMany(r => r.Problems.Select(p => p.Kind).Distinct())
                    .GroupBy(kind => kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                    .Select(g => new[] { Describe(g.Key), Number(g.Count()) }), wide: [0]);
        }

        page.Append("</section>\n");
    }

    /// <summary>
    /// A table whose first column heads its rows; a header starting with # is a number column, and
    /// the <paramref name="wide"/> columns (of words) are kept wide enough not to wrap a word a
    /// line. It sits in a focusable region named by its caption that scrolls sideways on its own
    /// when the table is wider than the screen, so the page itself never does.
    /// </summary>
    private static void Table(StringBuilder page, string id, string caption, string[] headers, IEnumerable<string[]> rows, string[]? footer = null, int[]? wide = null)
    {
        var classes = headers.Select((h, i) => Classes(h, wide?.Contains(i) == true)).ToArray();
        page.Append(CultureInfo.InvariantCulture, $"<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{id}\">\n<table>\n<caption id=\"{id}\">")
            .Append(Html.Encode(caption)).Append("</caption>\n<thead><tr>");
        for (var i = 0; i < headers.Length; i++)
        {
            page.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"{classes[i]}>{Html.Encode(headers[i].TrimStart('#'))}</th>");
        }

        page.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            Row(page, classes, row);
        }

        page.Append("</tbody>\n");
        if (footer is not null)
        {
            page.Append("<tfoot>\n");
            Row(page, classes, footer);
            page.Append("</tfoot>\n");
        }

        page.Append("</table>\n</div>\n");
    }

    private static void Row(StringBuilder page, string[] classes, string[] cells)
    {
        page.Append("<tr>");
        for (var i = 0; i < cells.Length; i++)
        {
            var tag = i == 0 ? "th scope=\"row\"" : "td";
            page.Append(CultureInfo.InvariantCulture, $"<{tag}{classes[i]}>{Html.Encode(cells[i])}</{tag[..2]}>");
        }

        page.Append("</tr>\n");
    }

    private static string[] Cells(SummaryRow r) =>
        [r.Organisation, r.Role, r.Level, Number(r.People), Number(r.Completed), Number(r.InDate), Number(r.Overdue), Number(r.Never), Number(r.PercentInDate)];

    private static string Classes(string header, bool wide) => header.StartsWith('#') ? " class=\"n\"" : wide ? " class=\"wide\"" : "";

    /// <summary>A note under the module's title in the confidence chart when its figures rest on few learners.</summary>
    private static string? Caution(ModuleSummary module)
    {
        var fewest = module.Confidence.Min(c => c.Learners);
        if (fewest >= SvgBarChart.FewLearners)
        {
            return null;
        }

        var all = module.Confidence.All(c => c.Learners == fewest);
        return $"Based on {(all ? "" : "as few as ")}{Wording.Count(fewest, "learner", "learners")}: treat with caution.";
    }

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
