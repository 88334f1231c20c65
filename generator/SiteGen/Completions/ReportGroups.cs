namespace SiteGen.Completions;

/// <summary>The summary regrouped as the board's tables show it.</summary>
internal static class ReportGroups
{
    /// <summary>One row per sector and organisation, role and level added together.</summary>
    public static List<SummaryRow> Organisations(CompletionReport report) =>
    [
        .. report.Summary
            .GroupBy(r => (r.Sector, Organisation: r.Organisation.ToUpperInvariant()))
            .Select(g => new SummaryRow(g.Key.Sector, g.First().Organisation, "", "", g.Sum(r => r.People), g.Sum(r => r.OnRoster), g.Sum(r => r.InDate), g.Sum(r => r.Overdue), g.Sum(r => r.Never))),
    ];

    /// <summary>One row per sector; empty when the roster has no sectors.</summary>
    public static List<SummaryRow> Sectors(CompletionReport report) => report.Summary.All(r => r.Sector.Length == 0)
        ? []
        : [.. report.Summary.GroupBy(r => r.Sector, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SummaryRow(g.Key, "", "", "", g.Sum(r => r.People), g.Sum(r => r.OnRoster), g.Sum(r => r.InDate), g.Sum(r => r.Overdue), g.Sum(r => r.Never)))];
}
