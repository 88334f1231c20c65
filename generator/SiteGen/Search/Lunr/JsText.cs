using System.Globalization;
using System.Text;

namespace SiteGen.Search.Lunr;

/// <summary>
/// The JavaScript string semantics that lunr.js relies on, reproduced for .NET: what
/// <c>String.prototype.toLowerCase</c> returns, and what the regular-expression classes
/// <c>\s</c>, <c>\w</c> and <c>.</c> match (non-Unicode mode, one UTF-16 code unit at a time).
/// </summary>
internal static class JsText
{
    private const char CapitalDottedI = '\u0130';
    private const char CapitalSigma = '\u03A3';
    private const char SmallSigma = '\u03C3';
    private const char SmallFinalSigma = '\u03C2';

    /// <summary>
    /// Lower-cases as JavaScript's <c>toLowerCase()</c> does: the Unicode default (full) case
    /// mapping, which differs from .NET's simple invariant mapping in two places: U+0130 becomes
    /// "i" followed by U+0307, and a capital sigma at the end of a word becomes a final sigma.
    /// </summary>
    public static string ToLowerCase(string value)
    {
        var lower = value.ToLowerInvariant();
        if (value.AsSpan().IndexOfAny(CapitalDottedI, CapitalSigma) < 0)
        {
            return lower;
        }

        // .NET's invariant mapping keeps the length and the position of every code unit, so
        // the two special cases can be patched in place.
        var builder = new StringBuilder(value.Length + 4);
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case CapitalDottedI:
                    builder.Append('i').Append('\u0307');
                    break;
                case CapitalSigma:
                    builder.Append(IsFinalSigma(value, i) ? SmallFinalSigma : SmallSigma);
                    break;
                default:
                    builder.Append(lower[i]);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="c"/> matches JavaScript's <c>\s</c>.</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' => true,
        '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>Whether <paramref name="c"/> matches JavaScript's <c>\w</c>, i.e. <c>[A-Za-z0-9_]</c>.</summary>
    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>Whether <paramref name="c"/> is a line terminator, which JavaScript's <c>.</c> does not match.</summary>
    public static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    // Unicode's Final_Sigma condition (SpecialCasing.txt): the sigma follows a cased letter,
    // with only case-ignorable characters between, and no cased letter follows it in the same way.
    private static bool IsFinalSigma(string text, int index)
    {
        return CasedLetterBefore(text, index) && !CasedLetterAfter(text, index + 1);
    }

    private static bool CasedLetterBefore(string text, int end)
    {
        var span = text.AsSpan(0, end);
        while (!span.IsEmpty)
        {
            Rune.DecodeLastFromUtf16(span, out var rune, out var consumed);
            span = span[..^consumed];
            if (IsCaseIgnorable(rune))
            {
                continue;
            }

            return IsCased(rune);
        }

        return false;
    }

    private static bool CasedLetterAfter(string text, int start)
    {
        var span = text.AsSpan(start);
        while (!span.IsEmpty)
        {
            Rune.DecodeFromUtf16(span, out var rune, out var consumed);
            span = span[consumed..];
            if (IsCaseIgnorable(rune))
            {
                continue;
            }

            return IsCased(rune);
        }

        return false;
    }

    // Cased: Lowercase, Uppercase or Lt. Other_Lowercase/Other_Uppercase members that are not
    // also case-ignorable are listed by range; the rest are skipped as ignorable before this is asked.
    private static bool IsCased(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter)
        {
            return true;
        }

        var value = rune.Value;
        return value is 0x00AA or 0x00BA
            or (>= 0x2160 and <= 0x217F)
            or (>= 0x24B6 and <= 0x24E9)
            or (>= 0x1F130 and <= 0x1F149)
            or (>= 0x1F150 and <= 0x1F169)
            or (>= 0x1F170 and <= 0x1F189);
    }

    // Case_Ignorable: Mn, Me, Cf, Lm, Sk, or Word_Break MidLetter, MidNumLet or Single_Quote.
    private static bool IsCaseIgnorable(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol)
        {
            return true;
        }

        return rune.Value is 0x0027 or 0x002E or 0x003A or 0x00B7 or 0x0387 or 0x055F or 0x05F4
            or 0x2018 or 0x2019 or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
    }
}
