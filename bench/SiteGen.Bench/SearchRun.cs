namespace SiteGen.Bench;

/// <summary>One search in the browser: what went over the wire and how long the reader waited.</summary>
/// <param name="Responses">Every response the server sent from the start of the search to its results being shown.</param>
/// <param name="Time">From the navigation or the keystroke to the results being shown.</param>
/// <param name="Shown">Results shown with their title and excerpt (the first ten, or all if fewer).</param>
/// <param name="Total">Pages that matched, as the tool counts them.</param>
internal sealed record SearchRun(IReadOnlyList<ServedResponse> Responses, TimeSpan Time, int Shown, int Total)
{
    /// <summary>The responses' bodies, gzipped.</summary>
    public long GzipBytes => Responses.Sum(r => r.GzipBytes);
}
