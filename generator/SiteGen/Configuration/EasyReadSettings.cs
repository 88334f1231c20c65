using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>What an easy-read page is held to, besides the limits of the readers it is for.</summary>
public sealed class EasyReadSettings : YamlMapped
{
    /// <summary>The hardest Flesch-Kincaid grade an easy-read page may read at (3: a reading age of about 8).</summary>
    public double MaxReadingGrade { get; init; } = 3;

    /// <summary>The most words in one sentence: one short idea at a time.</summary>
    public int MaxSentenceWords { get; init; } = 15;
}
