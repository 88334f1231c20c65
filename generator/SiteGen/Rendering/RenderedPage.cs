using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>A page of the finished site.</summary>
/// <param name="SitePath">Its address (<c>help/</c>), or a file name for pages such as <c>404.html</c>.</param>
/// <param name="Html">The whole document.</param>
/// <param name="Source">Where a problem found in it should be reported: its content file, or the theme layout.</param>
/// <param name="LinksFrom">The site path its relative links start from, or null when they start from the base path (the 404 page).</param>
public sealed record RenderedPage(string SitePath, string Html, SourceLocation Source, string? LinksFrom)
{
    /// <summary>The theme's templates it was made with (<see cref="Theme.ThemeTemplates.KeyOf"/>).</summary>
    public IReadOnlySet<string> Templates { get; init; } = new HashSet<string>();
}
