using System.Text.RegularExpressions;

namespace SiteGen.Checks.Readability;

/// <summary>
/// Counts English syllables by rule (vowel groups, less silent endings), as readability tools
/// do: not perfect for every word, but steady enough that a page's score means the same thing
/// from one build to the next.
/// </summary>
public static partial class SyllableCounter
{
    // Each count takes three regular expressions: remember them.
    private static readonly Text.WordMemo<int> Memo = new(CountByRule);

    /// <summary>The syllables in one word (at least one).</summary>
    public static int Count(string word) => Memo[word];

    /// <summary>The syllables in a word still inside its text.</summary>
    /// <param name="word">The word.</param>
    public static int Count(ReadOnlySpan<char> word) => Memo[word];

    private static int CountByRule(string word)
    {
        var w = word.ToLowerInvariant();
        w = NonLetters().Replace(w, "");
        if (w.Length == 0)
        {
            return 0;
        }

        if (w.Length <= 3)
        {
            return 1;
        }

        // Silent endings: "-es", "-ed" (but not "-ted"/"-ded", which are sounded), a final "e" (but not "-le").
        w = SilentEnding().Replace(w, "");
        var groups = VowelGroups().Matches(w).Count;
        return Math.Max(1, groups);
    }

    [GeneratedRegex("[^a-z]")]
    private static partial Regex NonLetters();

    [GeneratedRegex("(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroups();
}
