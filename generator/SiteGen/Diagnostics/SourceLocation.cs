namespace SiteGen.Diagnostics;

/// <summary>A place in a source file: the path as the editor knows it, and a 1-based line and column.</summary>
/// <param name="File">Path relative to the site folder, with forward slashes (for example <c>content/help/index.md</c>).</param>
/// <param name="Line">1-based line, or 0 when the whole file is meant.</param>
/// <param name="Column">1-based column, or 0 when the whole line is meant.</param>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0)
{
    /// <summary>The location in the <c>file:line:column</c> form that editors and terminals link.</summary>
    public override string ToString() => Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
