namespace SiteGen.Diagnostics;

/// <summary>
/// Collects the diagnostics of one run. Every stage reports here and carries on, so an editor
/// sees all the problems of a build at once rather than one per run.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    /// <summary>All diagnostics so far, in file and line order.</summary>
    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_gate)
            {
                return [.. _items
                    .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                    .ThenBy(d => d.Location.Line)
                    .ThenBy(d => d.Location.Column)];
            }
        }
    }

    /// <summary>True when at least one error has been reported.</summary>
    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Reports an error.</summary>
    public void Error(string code, SourceLocation location, string message, string? fix = null) =>
        Add(new Diagnostic(Severity.Error, code, location, message, fix));

    /// <summary>Reports a warning.</summary>
    public void Warning(string code, SourceLocation location, string message, string? fix = null) =>
        Add(new Diagnostic(Severity.Warning, code, location, message, fix));
}
