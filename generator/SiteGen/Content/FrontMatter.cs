using SiteGen.Yaml;

namespace SiteGen.Content;

/// <summary>The YAML at the top of a content file: what the page is, who it is for, where its facts come from.</summary>
public sealed class FrontMatter : YamlMapped
{
    /// <summary>The page's heading and title.</summary>
    public required string Title { get; init; }

    /// <summary>One or two sentences: the meta description and the text in page lists.</summary>
    public required string Summary { get; init; }

    /// <summary>Audience ids from site.yaml.</summary>
    public required IReadOnlyList<string> Audience { get; init; }

    /// <summary>Age band ids from site.yaml, for young people's pages.</summary>
    public IReadOnlyList<string> AgeBand { get; init; } = [];

    /// <summary>Position among the section's pages.</summary>
    public int? Order { get; init; }

    /// <summary>Words that describe the page, for search.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>When the page was last reviewed.</summary>
    public DateOnly? Reviewed { get; init; }

    /// <summary>When the page is next due a review.</summary>
    public DateOnly? ReviewDue { get; init; }

    /// <summary>Who keeps the page right.</summary>
    public string? Owner { get; init; }

    /// <summary>The documents the page's facts come from.</summary>
    public IReadOnlyList<SourceReference> Sources { get; init; } = [];

    /// <summary>The theme layout; <c>page</c> when absent.</summary>
    public string? Layout { get; init; }

    /// <summary>Replaces the last part of the page's address.</summary>
    public string? Slug { get; init; }

    /// <summary>False keeps the page out of site search.</summary>
    public bool Search { get; init; } = true;

    /// <summary>On a section's index page: its pages form an ordered sequence with previous and next links.</summary>
    public bool Sequence { get; init; }

    /// <summary>The id of the training module the page belongs to; every page of a module says it.</summary>
    public string? Module { get; init; }

    /// <summary>On a module's start page: the training level (an id from site.yaml) the module trains to.</summary>
    public string? Level { get; init; }

    /// <summary>On a module's start page: how long the module takes, when the estimate from its words is not right.</summary>
    public int? Minutes { get; init; }

    /// <summary>
    /// On an easy-read page: the page it is the easy-read version of, as a link to its .md file
    /// (<c>what-is-cse.md</c>). The two pages link to each other, and this one is held to the
    /// easy-read reading level.
    /// </summary>
    public string? EasyReadOf { get; init; }

    /// <summary>
    /// Phrases from the safe-language list that this page may use, because it teaches why they
    /// are wrong (a training page on language, say). Each is reviewed where it is allowed.
    /// </summary>
    public IReadOnlyList<string> AllowPhrases { get; init; } = [];
}

/// <summary>A source document and the part of it a page draws on.</summary>
public sealed class SourceReference : YamlMapped
{
    /// <summary>The document's name.</summary>
    public required string Document { get; init; }

    /// <summary>The section, chapter or page used.</summary>
    public string? Part { get; init; }
}
