using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>The quick exit's destination: a neutral page that reveals nothing about this site.</summary>
public sealed class QuickExit : YamlMapped
{
    /// <summary>An absolute https address. GOV.UK's pattern uses a weather page.</summary>
    public string Url { get; init; } = "https://www.bbc.co.uk/weather";
}
