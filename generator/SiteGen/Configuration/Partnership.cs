using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>The safeguarding children partnership that publishes the site.</summary>
public sealed class Partnership : YamlMapped
{
    /// <summary>The partnership's name.</summary>
    public required string Name { get; init; }

    /// <summary>Path of a logo image in the site's <c>static/</c> folder, or null.</summary>
    public string? Logo { get; init; }

    /// <summary>Postal address, shown in the footer.</summary>
    public string? Address { get; init; }
}
