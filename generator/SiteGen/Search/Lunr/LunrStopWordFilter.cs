using System.Collections.Frozen;

namespace SiteGen.Search.Lunr;

/// <summary>
/// lunr.js's <c>lunr.stopWordFilter</c>: drops tokens that are in lunr's English stop-word
/// list. The comparison is exact and case-sensitive; tokens are already lower-cased.
/// </summary>
public static class LunrStopWordFilter
{
    private static readonly string[] WordList =
    [
        "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an",
        "and", "any", "are", "as", "at", "be", "because", "been", "but", "by", "can", "cannot",
        "could", "dear", "did", "do", "does", "either", "else", "ever", "every", "for", "from",
        "get", "got", "had", "has", "have", "he", "her", "hers", "him", "his", "how", "however",
        "i", "if", "in", "into", "is", "it", "its", "just", "least", "let", "like", "likely",
        "may", "me", "might", "most", "must", "my", "neither", "no", "nor", "not", "of", "off",
        "often", "on", "only", "or", "other", "our", "own", "rather", "said", "say", "says", "she",
        "should", "since", "so", "some", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "tis", "to", "too", "twas", "us", "wants", "was", "we", "were",
        "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "yet", "you", "your",
    ];

    /// <summary>lunr 2.3.9's English stop words, exactly as its source lists them (119 words).</summary>
    public static IReadOnlySet<string> Words { get; } = WordList.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether lunr drops <paramref name="token"/> while indexing.</summary>
    public static bool IsStopWord(string token) => Words.Contains(token);

    /// <summary>The pipeline step: null for a stop word, otherwise the token unchanged.</summary>
    public static string? Filter(string token) => IsStopWord(token) ? null : token;
}
