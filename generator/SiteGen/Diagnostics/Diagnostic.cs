namespace SiteGen.Diagnostics;

/// <summary>One problem found in the site's input: where it is, what is wrong and how to fix it.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A stable identifier (for example <c>SG0203</c>) documented in the README.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Fix">How to fix it, or null when the message says it all.</param>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message, string? Fix = null)
{
    /// <summary>The diagnostic as one line: <c>content/a.md:3:7: error SG0301: message Fix: ...</c>.</summary>
    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var fix = Fix is null ? "" : $" Fix: {Fix}";
        return $"{Location}: {kind} {Code}: {Message}{fix}";
    }
}
