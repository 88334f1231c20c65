using System.Buffers;
using System.Globalization;

namespace SiteGen.Text;

/// <summary>
/// Finds whole-word uses of a set of phrases in text, in any case: the glossary's terms, the
/// safe-language rules' phrases. A phrase counts only where neither side touches a letter, digit
/// or hyphen ("mace" is not in "grimace", nor "groom" in "re-groom"), as the pattern
/// <c>(?&lt;![\w-])(?:phrase|…)(?![\w-])</c> would find it; with <see cref="PhraseSpacing.AnyWhiteSpace"/>
/// the words of a phrase may be split by any white space, a line break included.
/// </summary>
/// <remarks>
/// Not a regular expression: a pattern made from a site's own words cannot be compiled ahead of
/// time, and the native build interprets it, which took a tenth of a 4,000-page build. All the
/// phrases' first words are looked for at once (vectorised), and a phrase is compared only where one starts.
/// </remarks>
public sealed class PhraseFinder
{
    private readonly string[] _phrases;
    private readonly string[][] _words;
    private readonly PhraseSpacing _spacing;
    private readonly SearchValues<string> _firstWords;

    // The phrases (by index, in the order they were given) that start with each upper-cased first character.
    private readonly Dictionary<char, int[]> _startingWith;

    /// <summary>Prepares a finder for <paramref name="phrases"/>: where two could match at the same place, the earlier one is found.</summary>
    public PhraseFinder(IEnumerable<string> phrases, PhraseSpacing spacing)
    {
        _spacing = spacing;
        _phrases = [.. phrases.Where(p => p.Length > 0)];
        _words = [.. _phrases.Select(p => spacing == PhraseSpacing.AnyWhiteSpace ? p.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [p])];
        _firstWords = SearchValues.Create([.. _words.Where(w => w.Length > 0).Select(w => w[0]).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
        _startingWith = Enumerable.Range(0, _phrases.Length).Where(i => _words[i].Length > 0)
            .GroupBy(i => char.ToUpperInvariant(_words[i][0][0]))
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>True when the text uses any of the phrases.</summary>
    public bool IsIn(ReadOnlySpan<char> text) => Find(text, 0) is not null;

    /// <summary>True when the text holds the first word of some phrase anywhere, even inside another word: a quick test that most text fails.</summary>
    public bool MayBeIn(ReadOnlySpan<char> text) => text.IndexOfAny(_firstWords) >= 0;

    /// <summary>The first use of a phrase at or after <paramref name="from"/>, or null when there is none.</summary>
    public PhraseMatch? Find(ReadOnlySpan<char> text, int from)
    {
        for (var at = from; at < text.Length;)
        {
            var next = text[at..].IndexOfAny(_firstWords);
            if (next < 0)
            {
                return null;
            }

            var start = at + next;
            if ((start == 0 || !IsWordOrHyphen(text[start - 1])) && _startingWith.TryGetValue(char.ToUpperInvariant(text[start]), out var candidates))
            {
                foreach (var phrase in candidates)
                {
                    var length = LengthAt(text, start, _words[phrase]);
                    if (length > 0 && (start + length == text.Length || !IsWordOrHyphen(text[start + length])))
                    {
                        return new PhraseMatch(start, length, phrase);
                    }
                }
            }

            at = start + 1;
        }

        return null;
    }

    /// <summary>Every use of the phrases in the text, left to right, none overlapping the one before.</summary>
    public IEnumerable<PhraseMatch> FindAll(string text)
    {
        for (var match = Find(text, 0); match is { } found; match = Find(text, found.Index + found.Length))
        {
            yield return found;
        }
    }

    /// <summary>The phrase a match found, as it was given.</summary>
    public string PhraseOf(PhraseMatch match) => _phrases[match.Phrase];

    // How long the phrase is as written at start (its words, and the white space between them), or 0 when it is not there.
    private int LengthAt(ReadOnlySpan<char> text, int start, string[] words)
    {
        var at = start;
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                var space = at;
                while (at < text.Length && char.IsWhiteSpace(text[at]))
                {
                    at++;
                }

                if (at == space)
                {
                    return 0;
                }
            }

            var word = words[i];
            if (text.Length - at < word.Length || !text.Slice(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }

            at += word.Length;
        }

        return at - start;
    }

    /// <summary>
    /// True for a hyphen or a character of .NET's <c>\w</c> (a letter, a non-spacing mark, a decimal
    /// digit or a connector such as '_'): a phrase next to one is part of a longer word.
    /// </summary>
    public static bool IsWordOrHyphen(char c) => c == '-' || CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };
}
