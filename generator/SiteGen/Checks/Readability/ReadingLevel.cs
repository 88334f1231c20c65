using System.Text.RegularExpressions;

namespace SiteGen.Checks.Readability;

/// <summary>How hard a text is to read: Flesch reading ease and Flesch-Kincaid grade.</summary>
/// <param name="Words">Words counted.</param>
/// <param name="Sentences">Sentences counted (a heading or list item is at least one).</param>
/// <param name="Syllables">Syllables counted.</param>
public sealed partial record ReadingLevel(int Words, int Sentences, int Syllables)
{
    /// <summary>Flesch reading ease: higher is easier (60 to 70 is plain English).</summary>
    public double Ease => Words == 0 ? 100 : 206.835 - (1.015 * Words / Sentences) - (84.6 * Syllables / Words);

    /// <summary>Flesch-Kincaid grade: the US school grade that can read it; add five for a reading age.</summary>
    public double Grade => Words == 0 ? 0 : (0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59;

    /// <summary>The reading level of some prose.</summary>
    public static ReadingLevel Of(IEnumerable<ProseUnit> prose)
    {
        int words = 0, sentences = 0, syllables = 0;
        foreach (var unit in prose)
        {
            var (w, s, y) = Measure(unit.Text);
            words += w;
            sentences += s;
            syllables += y;
        }

        return new ReadingLevel(words, Math.Max(1, sentences), syllables);
    }

    /// <summary>Words, sentences and syllables of one piece of text; a piece with words is at least one sentence.</summary>
    public static (int Words, int Sentences, int Syllables) Measure(string text)
    {
        // Counted over the text itself: a page's words are not copied out one by one.
        int words = 0, syllables = 0;
        foreach (var word in Word().EnumerateMatches(text))
        {
            words++;
            syllables += SyllableCounter.Count(text.AsSpan(word.Index, word.Length));
        }

        if (words == 0)
        {
            return (0, 0, 0);
        }

        // A sentence ends at its punctuation and the space after it, or at the end of the text.
        var sentences = SentenceEnd().Count(text) + (EndsSentence(text) ? 1 : 0);
        return (words, Math.Max(1, sentences), syllables);
    }

    /// <summary>True when the text ends with a sentence's end punctuation that no space follows.</summary>
    private static bool EndsSentence(string text)
    {
        var end = text.AsSpan().TrimEnd("\"'’”)");
        return end.Length > 0 && end[^1] is '.' or '!' or '?';
    }

    /// <summary>The sentences of a piece of text, for naming the hardest one.</summary>
    public static IEnumerable<string> SplitSentences(string text) =>
        SentenceSplit().Split(text).Select(s => s.Trim()).Where(s => Word().IsMatch(s));

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?]+[""'’”)]*\s")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=[.!?][""'’”)]*)\s+")]
    private static partial Regex SentenceSplit();
}
