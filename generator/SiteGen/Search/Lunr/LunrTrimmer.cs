namespace SiteGen.Search.Lunr;

/// <summary>
/// lunr.js's <c>lunr.trimmer</c>: removes non-word characters (anything but <c>[A-Za-z0-9_]</c>,
/// one UTF-16 code unit at a time) from both ends of a token.
/// </summary>
public static class LunrTrimmer
{
    /// <summary>
    /// Trims <paramref name="token"/> as <c>s.replace(/^\W+/, '').replace(/\W+$/, '')</c> does.
    /// A token of punctuation alone becomes the empty string, which lunr still indexes.
    /// </summary>
    public static string Trim(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var start = 0;
        while (start < token.Length && !JsText.IsWordChar(token[start]))
        {
            start++;
        }

        var end = token.Length;
        while (end > start && !JsText.IsWordChar(token[end - 1]))
        {
            end--;
        }

        return start == 0 && end == token.Length ? token : token[start..end];
    }
}
