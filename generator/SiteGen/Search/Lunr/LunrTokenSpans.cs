namespace SiteGen.Search.Lunr;

/// <summary>
/// The tokens <see cref="LunrTokenizer.Tokenize(string)"/> gives, as spans of the lower-cased text: an
/// index of thousands of pages looks each word up in a memo, and most words are known, so no
/// string is made for them.
/// </summary>
/// <param name="lower">The text, already lower-cased as lunr does it.</param>
internal ref struct LunrTokenSpans(string lower)
{
    private int _start;
    private int _end = -1;

    /// <summary>The token the enumerator is on.</summary>
    public readonly ReadOnlySpan<char> Current => lower.AsSpan(_start, _end - _start);

    /// <summary>The enumerator itself, so a <c>foreach</c> can run over the tokens.</summary>
    public readonly LunrTokenSpans GetEnumerator() => this;

    /// <summary>Moves to the next token, past any run of separators.</summary>
    public bool MoveNext()
    {
        var i = _end + 1;
        while (i < lower.Length && LunrTokenizer.IsSeparator(lower[i]))
        {
            i++;
        }

        if (i >= lower.Length)
        {
            return false;
        }

        _start = i;
        while (i < lower.Length && !LunrTokenizer.IsSeparator(lower[i]))
        {
            i++;
        }

        _end = i;
        return true;
    }
}
