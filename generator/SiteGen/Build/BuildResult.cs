using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>What a build found and did.</summary>
/// <param name="Diagnostics">Every error and warning, in file order.</param>
/// <param name="Succeeded">True when the site was built (and written, unless only checked).</param>
/// <param name="PageCount">Pages rendered (content, audience and 404 pages).</param>
/// <param name="FileCount">Files in the finished site.</param>
/// <param name="Elapsed">How long the build took.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, bool Succeeded, int PageCount, int FileCount, TimeSpan Elapsed)
{
    /// <summary>How long each stage that ran took.</summary>
    public IReadOnlyDictionary<BuildStage, TimeSpan> StageTimes { get; init; } = new Dictionary<BuildStage, TimeSpan>();

    /// <summary>The content file, when a dev server's update built that page alone.</summary>
    public string? OnlyPage { get; init; }

    /// <summary>True when a dev server's update rendered every page again with changed templates, the content as it was.</summary>
    public bool OnlyTemplates { get; init; }

    /// <summary>The errors.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    /// <summary>The warnings.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning);
}
