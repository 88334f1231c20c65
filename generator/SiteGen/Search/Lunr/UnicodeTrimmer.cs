using System.Globalization;
using System.Text;

namespace SiteGen.Search.Lunr;

/// <summary>
/// The trimmer for a language lunr has no stemmer for (Urdu, Polish): removes from both ends of
/// a token whatever is not a letter, a mark or a number of any script, as the search script does
/// with <c>/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu</c>. lunr's own trimmer keeps only
/// <c>[A-Za-z0-9_]</c>, which would trim an Urdu word to nothing.
/// </summary>
public static class UnicodeTrimmer
{
    /// <summary>The label the search script knows it by (it never loads an index by label, but the index records one).</summary>
    public const string Label = "trimmer-unicode";

    /// <summary>The step, for a <see cref="LunrPipeline"/>.</summary>
    public static LunrPipelineFunction Function { get; } = new(Label, Trim);

    /// <summary>Trims a token; a token with no letter, mark or number becomes empty.</summary>
    public static string Trim(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var start = 0;
        while (start < token.Length && Rune.DecodeFromUtf16(token.AsSpan(start), out var rune, out var used) == System.Buffers.OperationStatus.Done && !IsWordRune(rune))
        {
            start += used;
        }

        var end = token.Length;
        while (end > start && Rune.DecodeLastFromUtf16(token.AsSpan(start, end - start), out var rune, out var used) == System.Buffers.OperationStatus.Done && !IsWordRune(rune))
        {
            end -= used;
        }

        return start == 0 && end == token.Length ? token : token[start..end];
    }

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
