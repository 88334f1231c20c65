using MiniExcelLibs;

namespace SiteGen.Completions;

/// <summary>
/// report.xlsx: the report's tables as worksheets, numbers as numbers, for training leads who
/// paste figures into board papers. Written with MiniExcel; every text is a plain string cell,
/// never a formula, so a name typed as "=..." stays text.
/// </summary>
public static class ReportWorkbook
{
    /// <summary>The worksheets, in order.</summary>
    public static readonly IReadOnlyList<string> Sheets =
        ["Headline", "By organisation", "Summary", "To chase", "To check", "Not on roster", "Modules", "Most missed", "Completions", "Rejected"];

    /// <summary>Writes the workbook, replacing any earlier one.</summary>
    public static void Write(string path, CompletionReport report)
    {
        var all = report.All;
        var previous = report.Previous;
        Row Headline(string measure, int count, int? earlier, RagStatus status) => new()
        {
            ["Measure"] = measure,
            ["People"] = count,
            ["Of"] = all.People,
            ["Percent"] = all.Percent(count),
            ["Status"] = status.Words(),
            ["Previous percent"] = earlier is { } was && previous is not null ? Percentages.Of(was, previous.All.People) : null,
            ["Previous report"] = previous?.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };

        var sheets = new Dictionary<string, object>
        {
            [Sheets[0]] = new List<Row>
            {
                Headline("Trained to their level and in date", all.InDate, previous?.All.InDate, Rag.InDate(all.PercentInDate)),
                Headline("Trained, refresher overdue", all.Overdue, previous?.All.Overdue, Rag.Overdue(all.Percent(all.Overdue))),
                Headline("Not trained to their level", all.Never, previous?.All.NotTrained, Rag.NotTrained(all.Percent(all.Never))),
                new() { ["Measure"] = "Records held back for checking", ["People"] = report.ToCheck.Count },
                new() { ["Measure"] = "People with records not on the roster", ["People"] = report.NotOnRoster.Select(r => (r.Name, r.Organisation)).Distinct().Count() },
            },
            [Sheets[1]] = ReportGroups.Organisations(report).Select(o => new Row
            {
                ["Sector"] = o.Sector,
                ["Organisation"] = o.Organisation,
                ["People"] = o.People,
                ["In date"] = o.InDate,
                ["Percent in date"] = o.PercentInDate,
            }).ToList(),
            [Sheets[2]] = report.Summary.Append(all).Select(r => new Row
            {
                ["Sector"] = r.Sector,
                ["Organisation"] = r.Organisation,
                ["Role"] = r.Role,
                ["Level required"] = r.Level,
                ["People"] = r.People,
                ["Trained to level"] = r.Completed,
                ["In date"] = r.InDate,
                ["Overdue"] = r.Overdue,
                ["Not trained to level"] = r.Never,
                ["Percent in date"] = r.PercentInDate,
            }).ToList(),
            [Sheets[3]] = report.Chase.Select(c => new Row
            {
                ["Sector"] = c.Sector,
                ["Organisation"] = c.Organisation,
                ["Name"] = c.Name,
                ["Staff id"] = c.StaffId,
                ["Email"] = c.Email,
                ["Role"] = c.Role,
                ["Level required"] = c.LevelRequired,
                ["Needs"] = c.NeedText,
                ["What for"] = c.Detail,
                ["Due"] = c.Due?.ToDateTime(TimeOnly.MinValue),
            }).ToList(),
            [Sheets[4]] = report.ToCheck.Select(c => new Row
            {
                ["Record"] = c.Record.Record.RecordId,
                ["File"] = c.Record.File,
                ["Why"] = c.Why,
                ["Name on record"] = c.Record.Record.Learner.Name,
                ["Organisation on record"] = c.Record.Record.Learner.Organisation,
                ["Roster name"] = c.Member?.Name,
                ["Roster organisation"] = c.Member?.Organisation,
                ["Minutes taken"] = c.Time.MinutesTaken,
                ["Minutes estimated"] = c.Time.MinutesEstimated,
                ["How to settle"] = c.HowToSettle,
            }).ToList(),
            [Sheets[5]] = report.NotOnRoster.Select(Completion).ToList(),
            [Sheets[6]] = report.Modules.Select(m => new Row
            {
                ["Module"] = m.Title,
                ["Level"] = m.Level,
                ["People with a record"] = m.People,
                ["Passed"] = m.Completions,
                ["Percent passed"] = m.PassPercent,
                ["Passed at first attempt"] = m.FirstAttemptPasses,
                ["Percent at first attempt"] = m.FirstAttemptPercent,
                ["Quiz attempts"] = m.Attempts,
                ["Median minutes taken"] = m.MedianMinutes,
                ["Minutes estimated"] = m.EstimatedMinutes,
            }).ToList(),
            [Sheets[7]] = report.Modules.SelectMany(m => m.Misses.Select(q => new Row
            {
                ["Module"] = m.Title,
                ["Question"] = q.Question,
                ["Scenario"] = q.Scenario,
                ["Times asked"] = q.Asked,
                ["Times wrong"] = q.Wrong,
                ["Percent wrong"] = q.PercentWrong,
            })).ToList(),
            [Sheets[8]] = report.Rows.Select(Completion).ToList(),
            [Sheets[9]] = report.Rejections.Select(r => new Row
            {
                ["File"] = r.File,
                ["Row"] = r.Row,
                ["Record"] = r.RecordId,
                ["Name"] = r.Person?.Name,
                ["Organisation"] = r.Person?.Organisation,
                ["Staff id"] = r.Person?.StaffId,
                ["Email"] = r.Person?.Email,
                ["Reason"] = r.Reason,
            }).ToList(),
        };

        foreach (var name in Sheets)
        {
            sheets[name] = Square((List<Row>)sheets[name]);
        }

        MiniExcel.SaveAs(path, sheets, overwriteFile: true);
    }

    /// <summary>Every row with every column (MiniExcel takes the columns from the first row); an empty sheet says so.</summary>
    private static List<Row> Square(List<Row> rows)
    {
        if (rows.Count == 0)
        {
            return [new() { ["(none)"] = null }];
        }

        var columns = rows.SelectMany(r => r.Keys).Distinct().ToList();
        return [.. rows.Select(r =>
        {
            var square = new Row();
            foreach (var column in columns)
            {
                square[column] = r.GetValueOrDefault(column);
            }

            return square;
        })];
    }

    private static Row Completion(CompletionRow r) => new()
    {
        ["Name"] = r.Name,
        ["Staff id"] = r.StaffId,
        ["Email"] = r.Email,
        ["Sector"] = r.Sector,
        ["Organisation"] = r.Organisation,
        ["Role"] = r.Role,
        ["On roster"] = r.OnRoster ? "yes" : "no",
        ["Level required"] = r.LevelRequired,
        ["Level achieved"] = r.LevelAchieved,
        ["Meets required level"] = r.MeetsRequiredLevel is { } meets ? (meets ? "yes" : "no") : null,
        ["Module"] = r.ModuleTitle ?? r.Module,
        ["Completed"] = r.Completed?.ToDateTime(TimeOnly.MinValue),
        ["Score"] = r.Result?.Score,
        ["Total"] = r.Result?.Total,
        ["Percent"] = r.Result?.Percent,
        ["Refresher due"] = r.RefresherDue?.ToDateTime(TimeOnly.MinValue),
        ["Status"] = r.Status.ToText(),
        ["Record"] = r.RecordId,
    };

    private sealed class Row : Dictionary<string, object?>
    {
        public Row()
            : base(StringComparer.Ordinal)
        {
        }
    }
}
