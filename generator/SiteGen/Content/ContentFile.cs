namespace SiteGen.Content;

/// <summary>A Markdown file found under <c>content/</c>, before it is parsed.</summary>
/// <param name="RelativePath">Path under <c>content/</c> with forward slashes (<c>help/index.md</c>).</param>
/// <param name="FullPath">Path on disk.</param>
/// <param name="DisplayPath">The path diagnostics print (<c>content/help/index.md</c>).</param>
public sealed record ContentFile(string RelativePath, string FullPath, string DisplayPath);
