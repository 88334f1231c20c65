namespace SiteGen.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Worth fixing; the build still succeeds (unless run with <c>--strict</c>).</summary>
    Warning,

    /// <summary>The build cannot produce a correct site; nothing is written.</summary>
    Error,
}
