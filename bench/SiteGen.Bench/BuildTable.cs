namespace SiteGen.Bench;

/// <summary>The table for one corpus size: each tool's median wall time, its spread, peak memory, pages per second and SiteGen's ratio to it.</summary>
internal static class BuildTable
{
    /// <summary>Writes the table.</summary>
    public static void Write(Corpus corpus, IReadOnlyList<ToolTimes> times, TextWriter output)
    {
        var siteGen = times.FirstOrDefault(t => t.Tool.Id == "sitegen");
        var table = new MarkdownTable("tool", "wall time (median)", "fastest / slowest", "peak memory", "pages/s", "SiteGen's time ÷ tool's", "SiteGen's memory ÷ tool's");
        foreach (var tool in times)
        {
            var peer = siteGen is not null && tool != siteGen;
            table.Row(
                tool.Tool.Name,
                Format.Time(tool.Median),
                $"{Format.Time(tool.Fastest)} / {Format.Time(tool.Slowest)}",
                tool.PeakBytes is { } peak ? Format.Megabytes(peak) : "n/a",
                Format.Count(corpus.MarkdownPages / tool.Median.TotalSeconds),
                peer ? Format.Ratio(siteGen!.Median / tool.Median) : "",
                peer && siteGen!.PeakBytes is { } ours && tool.PeakBytes is { } theirs ? Format.Ratio((double)ours / theirs) : "");
        }

        table.WriteTo(output);
    }
}
