namespace SiteGen.Bench;

/// <summary>One tool's search on one corpus: the timed visits, unthrottled and on the slow mobile profile.</summary>
/// <param name="Pages">The corpus's generated pages.</param>
/// <param name="Tool">The tool, as the table names it.</param>
/// <param name="Unthrottled">The visits as the machine is.</param>
/// <param name="Mobile">The visits on <see cref="NetworkProfile.SlowMobile"/>.</param>
internal sealed record SearchResult(int Pages, string Tool, IReadOnlyList<SearchVisit> Unthrottled, IReadOnlyList<SearchVisit> Mobile)
{
    /// <summary>The median of a time over some visits.</summary>
    public static TimeSpan Median(IReadOnlyList<SearchVisit> visits, Func<SearchVisit, TimeSpan> time) =>
        visits.Select(time).Order().ElementAt(visits.Count / 2);
}
