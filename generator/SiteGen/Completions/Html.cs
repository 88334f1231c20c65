using System.Text;

namespace SiteGen.Completions;

/// <summary>HTML escaping for the report: every name and title in it was typed by someone else.</summary>
internal static class Html
{
    /// <summary>Text made safe for element content and quoted attribute values.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }
}
