namespace SiteGen.Bench;

/// <summary>The search comparison's table: one row per corpus size and tool.</summary>
internal static class SearchTable
{
    /// <summary>Writes the table; bytes and requests are those of the last unthrottled visit, times the medians.</summary>
    public static void Write(IReadOnlyList<SearchResult> results, TextWriter output)
    {
        var table = new MarkdownTable("pages", "tool", "first search: requests", "first search: gzip", "results shown", "further query: requests", "further query: gzip",
            "first search: unthrottled", "first search: mobile", "further query: unthrottled", "further query: mobile",
            "first key on the search page: gzip", "first key: unthrottled", "first key: mobile");
        foreach (var result in results)
        {
            var last = result.Unthrottled[^1];
            table.Row(
                Format.Count(result.Pages),
                result.Tool,
                last.First.Responses.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Format.Kilobytes(last.First.GzipBytes),
                $"{last.First.Shown} of {Format.Count(last.First.Total)}",
                last.Further.Responses.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Format.Kilobytes(last.Further.GzipBytes),
                Format.Time(SearchResult.Median(result.Unthrottled, v => v.First.Time)),
                Format.Time(SearchResult.Median(result.Mobile, v => v.First.Time)),
                Format.Time(SearchResult.Median(result.Unthrottled, v => v.Further.Time)),
                Format.Time(SearchResult.Median(result.Mobile, v => v.Further.Time)),
                Format.Kilobytes(last.Typed.GzipBytes),
                Format.Time(SearchResult.Median(result.Unthrottled, v => v.Typed.Time)),
                Format.Time(SearchResult.Median(result.Mobile, v => v.Typed.Time)));
        }

        table.WriteTo(output);
    }
}
