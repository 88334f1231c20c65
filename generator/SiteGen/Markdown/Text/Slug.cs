using System.Text;

namespace SiteGen.Markdown.Text;

/// <summary>Ids from text, the way GitHub makes heading anchors: lower case, hyphens for spaces, punctuation dropped.</summary>
public static class Slug
{
    /// <summary>The slug of <paramref name="text"/>.</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                builder.Append('-');
            }
        }

        return builder.ToString();
    }
}
