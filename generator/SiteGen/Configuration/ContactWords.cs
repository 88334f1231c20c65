using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>A contact's words in another of the site's languages; its number and address are the same in every language.</summary>
public sealed class ContactWords : YamlMapped
{
    /// <summary>The name a reader of the language knows the service by.</summary>
    public required string Name { get; init; }

    /// <summary>When it is open, if not always.</summary>
    public string? Hours { get; init; }

    /// <summary>One short line on what it is for.</summary>
    public string? Description { get; init; }
}
