using System.Globalization;
using System.Text;

namespace SiteGen.Completions;

/// <summary>The sections of report.html, in page order.</summary>
internal static class ReportSections
{
    public static void Headline(StringBuilder page, CompletionReport report)
    {
        var all = report.All;
        var before = report.Previous?.All;
        string Figure(int count, int? earlier, string says, RagStatus status) =>
            $"<li class=\"rag rag--{status.ToString().ToLowerInvariant()}\"><span class=\"figure\">{Html.Encode(all.OfPeople(count))}</span> " +
            $"{Html.Encode(says)}. <span class=\"rag__status\">{Html.Encode(status.Words())}</span>" +
            (earlier is { } was && before is not null ? $" <span class=\"change\">{Html.Encode(Change(was, before.People, count, all.People, report.Previous!.AsOf))}</span>" : "") + "</li>";
        page.Append("<section aria-labelledby=\"headline\">\n<h2 id=\"headline\">Headline</h2>\n");
        var (inDate, overdue, never) = report.Roster is null
            ? ($"{Wording.Agree(all.InDate, "has", "have")} passed a module and {Wording.Agree(all.InDate, "is", "are")} in date",
               $"{Wording.Agree(all.Overdue, "has", "have")} passed, but the refresher is overdue",
               $"{Wording.Agree(all.Never, "has", "have")} not yet passed a module")
            : ($"{Wording.Agree(all.InDate, "is", "are")} trained to the level their role needs and in date",
               $"{Wording.Agree(all.Overdue, "is", "are")} trained to their level, but their refresher is overdue",
               $"{Wording.Agree(all.Never, "is", "are")} not yet trained to their level" +
                   (report.PassedLowerLevel > 0 ? $", of whom {report.PassedLowerLevel} {Wording.Agree(report.PassedLowerLevel, "has", "have")} passed a lower level" : ""));
        page.Append(report.Roster is null
            ? $"<p>No roster was given, so these figures count the {Wording.Count(all.People, "person", "people")} found in accepted records, and a pass at any level counts. Pass --roster with your staff list to measure against everyone who should be trained.</p>\n"
            : $"<p>Of the {Wording.Count(all.People, "person", "people")} on the roster{(report.Previous is { } p ? $", compared with the report of {ReportHtml.Long(p.AsOf)}" : "")}:</p>\n");
        page.Append("<ul class=\"headline\">\n")
            .Append(Figure(all.InDate, before?.InDate, inDate, Rag.InDate(all.PercentInDate))).Append('\n')
            .Append(Figure(all.Overdue, before?.Overdue, overdue, Rag.Overdue(all.Percent(all.Overdue)))).Append('\n')
            .Append(Figure(all.Never, before?.NotTrained, never, Rag.NotTrained(all.Percent(all.Never)))).Append('\n')
            .Append("</ul>\n");
        var notes = new List<string>();
        if (report.ToCheck.Count > 0)
        {
            notes.Add($"<a href=\"#to-check\">{Wording.Count(report.ToCheck.Count, "record is", "records are")} held back for checking</a> and not counted in these figures.");
        }

        if (report.NotOnRoster.Count > 0)
        {
            var people = report.NotOnRoster.Select(r => (r.Name, r.Organisation)).Distinct().Count();
            notes.Add($"<a href=\"#not-on-roster\">{Wording.Count(people, "person", "people")} with records {Wording.Agree(people, "is", "are")} not on the roster</a>, which may be out of date.");
        }

        if (report.Chase.Count > 0)
        {
            notes.Add($"<a href=\"#to-chase\">{Wording.Count(report.Chase.Count, "person", "people")} to chase</a>: not trained, overdue, or due a refresher by {ReportHtml.Long(report.Settings.DueSoonBy)}.");
        }

        foreach (var note in notes)
        {
            page.Append("<p class=\"note\">").Append(note).Append("</p>\n");
        }

        page.Append("</section>\n");
    }

    /// <summary>"Was 2 of 5 (40%) on 30 June 2026: up 20 points."</summary>
    private static string Change(int was, int wasOf, int now, int nowOf, DateOnly on)
    {
        var points = Percentages.Of(now, nowOf) - Percentages.Of(was, wasOf);
        var change = points switch
        {
            > 0 => $"up {Wording.Count(points, "point", "points")}",
            < 0 => $"down {Wording.Count(-points, "point", "points")}",
            _ => "no change",
        };
        return $"Was {Percentages.Describe(was, wasOf)} on {ReportHtml.Long(on)}: {change}.";
    }

    public static void Summary(StringBuilder page, CompletionReport report)
    {
        var sectors = ReportGroups.Sectors(report);
        var sectorColumn = sectors.Count > 0;
        string[] Cells(SummaryRow r) =>
        [
            .. sectorColumn ? new[] { r.Sector } : [], r.Organisation, r.Role, r.Level, Number(r.People), Number(r.Completed), Number(r.InDate), Number(r.Overdue), Number(r.Never), Number(r.PercentInDate),
        ];
        page.Append("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">By organisation, role and level</h2>\n");
        ReportTable.Table(page, "summary-table", $"Training to the required level by {(sectorColumn ? "sector, " : "")}organisation, role and level, as of {ReportHtml.Long(report.Settings.AsOf)}",
            [.. sectorColumn ? new[] { "Sector" } : [], "Organisation", "Role", "Level required", "#People", "#Trained to level", "#In date", "#Overdue", "#Not trained to level", "#% in date"],
            report.Summary.Select(Cells), footer: Cells(report.All));

        if (sectorColumn)
        {
            page.Append("<h3 id=\"by-sector\">In date by sector</h3>\n");
            ReportTable.Table(page, "sectors-table", $"People in date by sector, as of {ReportHtml.Long(report.Settings.AsOf)}", ["Sector", "#People", "#In date", "In date"],
                sectors.Select(o => new[] { o.Sector, Number(o.People), Number(o.InDate), o.OfPeople(o.InDate) }));
        }

        var organisations = ReportGroups.Organisations(report);
        page.Append("<h3 id=\"by-organisation\">In date by organisation</h3>\n<div class=\"chart\">\n");
        page.Append(SvgBarChart.Percentages("chart-organisations", "In date by organisation",
            "The percentage of each organisation's people who are trained to their level and in date. The table below the chart gives the numbers.",
            [.. organisations.Select(o => new SvgBarChart.Percentage(o.Organisation, o.PercentInDate, o.OfPeople(o.InDate)))]));
        page.Append("\n</div>\n");
        var previous = report.Previous?.Organisations.ToDictionary(o => (o.Sector, o.Organisation.ToUpperInvariant()), o => o.Counts);
        string[] Organisation(SummaryRow o)
        {
            List<string> cells = [.. sectorColumn ? new[] { o.Sector } : [], o.Organisation, Number(o.People), Number(o.InDate), o.OfPeople(o.InDate)];
            if (previous is not null)
            {
                var was = previous.GetValueOrDefault((o.Sector, o.Organisation.ToUpperInvariant()));
                cells.Add(was is null ? "not in the last report" : Percentages.Describe(was.InDate, was.People));
                cells.Add(was is null ? "" : Signed(o.PercentInDate - Percentages.Of(was.InDate, was.People)));
            }

            return [.. cells];
        }

        ReportTable.Table(page, "organisations-table", $"People in date by organisation, as of {ReportHtml.Long(report.Settings.AsOf)}",
            [.. sectorColumn ? new[] { "Sector" } : [], "Organisation", "#People", "#In date", "In date",
             .. previous is null ? Array.Empty<string>() : [$"In date on {ReportHtml.Long(report.Previous!.AsOf)}", "#Change (points)"]],
            organisations.Select(Organisation));
        page.Append("</section>\n");
    }

    public static void Modules(StringBuilder page, CompletionReport report)
    {
        page.Append("<section aria-labelledby=\"modules\">\n<h2 id=\"modules\">Modules</h2>\n");
        if (report.Modules.Count == 0)
        {
            page.Append("<p>No record was counted, so there is nothing to show for any module.</p>\n</section>\n");
            return;
        }

        ReportTable.Table(page, "modules-table", "Completions, passes, attempts and time, by module",
            ["Module", "Level", "#People with a record", "#Passed", "#% passed", "#Passed at first attempt", "#% at first attempt", "#Quiz attempts", "#Median minutes taken", "#Minutes estimated"],
            report.Modules.Select(m => new[]
            {
                m.Title, m.Level, Number(m.People), Number(m.Completions), Number(m.PassPercent), Number(m.FirstAttemptPasses), Number(m.FirstAttemptPercent),
                Number(m.Attempts), ReportTable.Number(m.MedianMinutes), ReportTable.Number(m.EstimatedMinutes),
            }));

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
        ReportTable.Table(page, "confidence-table", "Mean confidence before and after, by module and question",
            ["Module", "Question", "#Learners", "#Before", "#After", "#Change"],
            confidence.SelectMany(m => m.Confidence.Select(c => new[] { m.Title, c.Question, Number(c.Learners), Mean(c.Before), Mean(c.After), Signed(c.Change) })),
            wide: [0, 1]);
        page.Append("</section>\n");
    }

    public static void Misses(StringBuilder page, CompletionReport report)
    {
        page.Append("<section aria-labelledby=\"missed\">\n<h2 id=\"missed\">Questions most often answered wrongly</h2>\n<p>Across every attempt in counted records; at most ten per module. A question about a scenario is shown with it.</p>\n");
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

            ReportTable.Table(page, $"missed-{index}-table", $"Most missed questions: {module.Title}", ["Question", "Scenario", "#Times asked", "#Times wrong", "#% wrong"],
                module.Misses.Select(q => new[] { q.Question, q.Scenario ?? "", Number(q.Asked), Number(q.Wrong), Number(q.PercentWrong) }), wide: [0, 1]);
        }

        page.Append("</section>\n");
    }

    public static void Rejected(StringBuilder page, CompletionReport report)
    {
        var summary = report.RejectedSummary is { } rejected
            ? $"{rejected.Subject} {(rejected.One ? "was" : "were")} rejected and {(rejected.One ? "is" : "are")} not counted above."
            : "No records or roster rows were rejected.";
        page.Append(CultureInfo.InvariantCulture, $"""
            <section aria-labelledby="rejected">
            <h2 id="rejected">Rejected records and roster rows</h2>
            <p>{summary}{(report.RejectedSummary is not null ? "\nrejected.csv, beside this report, lists each one with every reason, for the training lead to follow up." : "")}</p>

            """);
        if (report.Rejections.Count > 0)
        {
            ReportTable.Table(page, "rejected-table", "Why records and roster rows were rejected", ["Reason", "#Files or rows"],
                report.Rejections.SelectMany(r => r.Problems.Select(p => p.Kind).Distinct())
                    .GroupBy(kind => kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                    .Select(g => new[] { Describe(g.Key), Number(g.Count()) }), wide: [0]);
        }

        page.Append("</section>\n");
    }

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

    private static string Number(int n) => ReportTable.Number(n);

    private static string Mean(double mean) => mean.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Signed(double change) => (change > 0 ? "+" : "") + change.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Signed(int change) => (change > 0 ? "+" : "") + change.ToString(CultureInfo.InvariantCulture);

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
        ProblemKind.Settlement => "A decision in the --accept file that cannot be used",
        _ => "An incomplete or repeated roster row",
    };
}
