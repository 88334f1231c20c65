namespace SiteGen.Bench;

/// <summary>A tool's timed runs on one corpus, and the figures the table shows from them.</summary>
/// <param name="Tool">The tool.</param>
/// <param name="Runs">Its timed runs (the warm-up run is not among them).</param>
internal sealed record ToolTimes(BuildTool Tool, IReadOnlyList<ColdRun> Runs)
{
    /// <summary>The median wall time.</summary>
    public TimeSpan Median => Runs.Select(r => r.Wall).Order().ElementAt(Runs.Count / 2);

    /// <summary>The fastest run.</summary>
    public TimeSpan Fastest => Runs.Min(r => r.Wall);

    /// <summary>The slowest run.</summary>
    public TimeSpan Slowest => Runs.Max(r => r.Wall);

    /// <summary>The highest peak resident memory of the runs, or null when it was not read.</summary>
    public long? PeakBytes => Runs.Any(r => r.PeakBytes is null) ? null : Runs.Max(r => r.PeakBytes);
}
