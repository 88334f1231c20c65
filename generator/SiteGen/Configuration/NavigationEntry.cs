using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>One link in the header's main navigation.</summary>
public sealed class NavigationEntry : YamlMapped
{
    /// <summary>The link text.</summary>
    public required string Title { get; init; }

    /// <summary>The content file it goes to, relative to <c>content/</c> (for example <c>help/index.md</c>).</summary>
    public required string Page { get; init; }
}
