using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SiteGen.Completions;

/// <summary>
/// The value of a JSON string exactly as written, lone surrogates included. System.Text.Json
/// refuses to return a string holding a lone surrogate (<c>"\ud800"</c>), but JavaScript allows
/// one, so the checksum and the schema read string values through here.
/// </summary>
public static class JsonText
{
    /// <summary>The UTF-16 value of a JSON string element.</summary>
    /// <param name="element">An element whose kind is <see cref="JsonValueKind.String"/>.</param>
    public static string Value(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw new ArgumentException($"Expected a JSON string, not {element.ValueKind}.", nameof(element));
        }

        return Decode(element.GetRawText());
    }

    /// <summary>Decodes a JSON string literal, quotes included, without rejecting lone surrogates.</summary>
    /// <param name="literal">The literal as it appears in the JSON text.</param>
    public static string Decode(string literal)
    {
        var body = literal.AsSpan(1, literal.Length - 2);
        if (!body.Contains('\\'))
        {
            return body.ToString();
        }

        var text = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\')
            {
                text.Append(body[i]);
                continue;
            }

            var escape = body[++i];
            text.Append(escape switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => (char)int.Parse(body.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
                _ => escape, // \" \\ \/
            });
            if (escape == 'u')
            {
                i += 4;
            }
        }

        return text.ToString();
    }
}
