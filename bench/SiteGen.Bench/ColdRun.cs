namespace SiteGen.Bench;

/// <summary>One cold run of a tool: its wall time and, when it could be read, its peak resident memory.</summary>
/// <param name="Wall">From starting the process to its exit.</param>
/// <param name="PeakBytes">The process's maximum resident set size, or null without <c>/usr/bin/time</c>.</param>
internal sealed record ColdRun(TimeSpan Wall, long? PeakBytes);
