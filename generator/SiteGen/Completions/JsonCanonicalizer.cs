using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SiteGen.Completions;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): what the browser hashes for a completion
/// record's checksum. Members are sorted by their names' UTF-16 code units, there is no
/// whitespace, strings are escaped exactly as JavaScript's <c>JSON.stringify</c> escapes them,
/// and numbers are written as JavaScript writes them.
/// </summary>
public static class JsonCanonicalizer
{
    /// <summary>The canonical form of <paramref name="value"/>.</summary>
    /// <param name="value">Any JSON value.</param>
    /// <param name="omitMember">A member of the top-level object to leave out (the checksum itself).</param>
    public static string Canonicalize(JsonElement value, string? omitMember = null)
    {
        var text = new StringBuilder();
        Write(text, value, omitMember);
        return text.ToString();
    }

    /// <summary>Appends <paramref name="value"/> as <c>JSON.stringify</c> writes a string, quotes included.</summary>
    /// <param name="text">Where to write.</param>
    /// <param name="value">The string, lone surrogates allowed.</param>
    public static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ':
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                case >= '\ud800' and <= '\udbff' when i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    text.Append(c).Append(value[++i]); // a proper pair: the character itself
                    break;
                case >= '\ud800' and <= '\udfff':
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); // lone surrogate (ES2019 well-formed stringify)
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }

    /// <summary>A number as JavaScript's <c>Number.prototype.toString</c> writes it (ECMA-262 Number::toString).</summary>
    /// <param name="value">A finite number.</param>
    public static string Number(double value)
    {
        if (value == 0)
        {
            return "0"; // -0 too, as JSON.stringify writes it
        }

        if (!double.IsFinite(value))
        {
            return "null"; // JSON.parse reads 1e400 as Infinity, which JSON.stringify writes as null
        }

        // "R" gives the shortest digits that round-trip, as ECMAScript requires; only the layout differs.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? shortest : shortest[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(shortest[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var n = (point < 0 ? mantissa.Length : point) + exponent; // value = 0.digits × 10^n
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        n -= leadingZeros;
        var k = digits.Length;

        var body = n switch
        {
            _ when k <= n && n <= 21 => digits + new string('0', n - k),
            > 0 and <= 21 => digits[..n] + "." + digits[n..],
            > -6 and <= 0 => "0." + new string('0', -n) + digits,
            _ => (k == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + (n - 1 >= 0 ? "+" : "-") + Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture),
        };
        return value < 0 ? "-" + body : body;
    }

    private static void Write(StringBuilder text, JsonElement value, string? omitMember)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var members = value.EnumerateObject()
                    .Where(m => omitMember is null || m.Name != omitMember)
                    .OrderBy(m => m.Name, StringComparer.Ordinal) // ordinal = UTF-16 code units, as RFC 8785 sorts
                    .ToList();
                text.Append('{');
                for (var i = 0; i < members.Count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    WriteString(text, members[i].Name);
                    text.Append(':');
                    Write(text, members[i].Value, omitMember: null);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    text.Append(first ? "" : ",");
                    first = false;
                    Write(text, item, omitMember: null);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(text, JsonText.Value(value));
                break;
            case JsonValueKind.Number:
                text.Append(Number(value.GetDouble()));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            default:
                text.Append("null");
                break;
        }
    }
}
