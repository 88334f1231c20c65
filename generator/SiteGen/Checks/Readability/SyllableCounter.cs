using System.Text.RegularExpressions;

namespace SiteGen.Checks.Readability;

/// <summary>
/// Counts English syllables by rule (vowel groups, less silent endings), as readability tools
/// do: not perfect for every word, but steady enough that a page's score means the same thing
/// from one build to the next.
/// </summary>
public static partial class SyllableCounter
{
    // A site repeats a few thousand words many times over: remember their counts. The limit
    // keeps a long-running serve's memory bounded.
    private const int MemoLimit = 200_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Memo = new(StringComparer.Ordinal);

    /// <summary>The syllables in one word (at least one).</summary>
    public static int Count(string word)
    {
        if (Memo.TryGetValue(word, out var known))
        {
            return known;
        }

        var count = CountByRule(word);
        if (Memo.Count < MemoLimit)
        {
            Memo.TryAdd(word, count);
        }

        return count;
    }

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
