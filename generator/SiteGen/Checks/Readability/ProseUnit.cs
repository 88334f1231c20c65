namespace SiteGen.Checks.Readability;

/// <summary>A piece of a page's prose (a heading, a paragraph, a list item, a quiz question) and where it starts.</summary>
/// <param name="Text">Its words, without markup.</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column.</param>
public sealed record ProseUnit(string Text, int Line, int Column);
