namespace SiteGen.Search.Lunr;

/// <summary>
/// A token on its way through a <see cref="LunrPipeline"/>: its text, and, for tokens cut from a
/// string, where the tokenizer found it (lunr's <c>position</c> and <c>index</c> metadata).
/// </summary>
/// <param name="Value">The token's text; pipeline functions replace it.</param>
/// <param name="Start">The offset of the token in the lower-cased string, in UTF-16 code units; null for array elements.</param>
/// <param name="Length">The length of the token as cut, in UTF-16 code units; null for array elements.</param>
/// <param name="Index">The token's position among the string's tokens; null for array elements.</param>
public sealed record LunrToken(string Value, int? Start = null, int? Length = null, int? Index = null)
{
    /// <summary>Returns <see cref="Value"/>, as lunr's <c>Token.toString()</c> does.</summary>
    public override string ToString() => Value;
}
