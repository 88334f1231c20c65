using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>An age range that young people's pages and lessons are written for.</summary>
public sealed class AgeBand : YamlMapped
{
    /// <summary>The id pages use in front matter (<c>age_band: 11-14</c>).</summary>
    public required string Id { get; init; }

    /// <summary>How it is printed: "11 to 14".</summary>
    public required string Label { get; init; }

    /// <summary>The hardest Flesch-Kincaid grade its pages may read at (a reading age is about five more).</summary>
    public double? MaxReadingGrade { get; init; }
}
