using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>A group the site speaks to; each has its own landing page and is a choice on the home page.</summary>
public sealed class Audience : YamlMapped
{
    /// <summary>The id pages use in front matter (<c>audience: parents</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The home page choice, in the reader's voice: "I am a parent or carer".</summary>
    public required string Label { get; init; }

    /// <summary>The audience page's title: "For parents and carers".</summary>
    public required string Title { get; init; }

    /// <summary>One or two sentences under the title.</summary>
    public string? Description { get; init; }

    /// <summary>True when the audience chooses an age band first (young people).</summary>
    public bool ByAgeBand { get; init; }

    /// <summary>The hardest Flesch-Kincaid grade its pages may read at; no limit when absent. Age bands set their own.</summary>
    public double? MaxReadingGrade { get; init; }
}
