namespace SiteGen.Search.Lunr;

/// <summary>
/// lunr.js's <c>lunr.tokenizer</c>: lower-cases text as JavaScript does and splits it on
/// <c>/[\s\-]+/</c> (JavaScript's white space, line terminators and the hyphen-minus).
/// </summary>
public static class LunrTokenizer
{
    /// <summary>
    /// Splits <paramref name="text"/> into tokens. Null gives no tokens; runs of separators give
    /// no empty tokens. Punctuation stays on the tokens, for <see cref="LunrTrimmer"/> to remove.
    /// </summary>
    /// <param name="text">The text of one field of one document, or a search string.</param>
    public static IReadOnlyList<LunrToken> Tokenize(string? text)
    {
        if (text is null)
        {
            return [];
        }

        var lower = JsText.ToLowerCase(text);
        var tokens = new List<LunrToken>();
        var sliceStart = 0;
        for (var sliceEnd = 0; sliceEnd <= lower.Length; sliceEnd++)
        {
            if (sliceEnd < lower.Length && !IsSeparator(lower[sliceEnd]))
            {
                continue;
            }

            var sliceLength = sliceEnd - sliceStart;
            if (sliceLength > 0)
            {
                tokens.Add(new LunrToken(lower.Substring(sliceStart, sliceLength), sliceStart, sliceLength, tokens.Count));
            }

            sliceStart = sliceEnd + 1;
        }

        return tokens;
    }

    /// <summary>The same tokens as <see cref="Tokenize(string)"/>, as spans rather than strings.</summary>
    /// <param name="text">The text of one field of one document; null gives no tokens.</param>
    internal static LunrTokenSpans Spans(string? text) => new(text is null ? "" : JsText.ToLowerCase(text));

    /// <summary>
    /// Tokenizes an array as lunr does: each element becomes one lower-cased token, not split
    /// further (a null element becomes an empty token). A null array gives no tokens.
    /// </summary>
    /// <param name="values">The elements, for example a page's tags.</param>
    public static IReadOnlyList<LunrToken> Tokenize(IEnumerable<string?>? values)
    {
        if (values is null)
        {
            return [];
        }

        return [.. values.Select(value => new LunrToken(JsText.ToLowerCase(value ?? string.Empty)))];
    }

    /// <summary>Whether lunr's tokenizer splits on <paramref name="c"/>: JavaScript's <c>\s</c> or <c>-</c>.</summary>
    public static bool IsSeparator(char c) => c == '-' || JsText.IsWhiteSpace(c);
}
