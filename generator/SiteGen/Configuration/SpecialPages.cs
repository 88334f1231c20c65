using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>Content files the theme links to from every page, relative to <c>content/</c>.</summary>
public sealed class SpecialPages : YamlMapped
{
    /// <summary>The main help page, linked from the help block.</summary>
    public required string Help { get; init; }

    /// <summary>The page that says what the quick exit does not erase.</summary>
    public required string CoverYourTracks { get; init; }

    /// <summary>The glossary page (<c>layout: glossary</c>).</summary>
    public string? Glossary { get; init; }

    /// <summary>About the site: privacy and accessibility.</summary>
    public string? About { get; init; }
}
