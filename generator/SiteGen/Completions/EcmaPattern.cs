using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Completions;

/// <summary>
/// A JSON Schema <c>pattern</c> (an ECMA-262 regular expression) as a .NET <see cref="Regex"/>
/// that matches the same strings. The two dialects differ where it matters for validation:
/// .NET's <c>\d</c> matches any Unicode digit, its <c>$</c> also matches before a final line
/// break, and its <c>\s</c> and <c>.</c> use other sets of characters. Those are rewritten;
/// constructs whose meaning differs and that a schema here does not need are refused.
/// .NET's own <c>RegexOptions.ECMAScript</c> (which JSON Schema libraries for .NET use) fixes
/// <c>\d</c> and <c>\w</c> but not <c>$</c>, <c>\s</c> or <c>.</c>.
/// </summary>
public static class EcmaPattern
{
    // ECMAScript's WhiteSpace and LineTerminator characters, which \s matches.
    private const string Space = @"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

    /// <summary>Translates an ECMAScript pattern into a .NET regex matching the same strings.</summary>
    /// <param name="pattern">The pattern as the schema writes it.</param>
    /// <exception cref="NotSupportedException">The pattern uses a construct that is not translated.</exception>
    public static Regex ToRegex(string pattern) =>
        new(Translate(pattern), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The .NET form of <paramref name="pattern"/>.</summary>
    /// <param name="pattern">An ECMAScript pattern.</param>
    public static string Translate(string pattern)
    {
        var result = new StringBuilder(pattern.Length * 2);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 == pattern.Length)
                {
                    throw Unsupported(pattern, "a pattern cannot end with a backslash");
                }

                result.Append(Escape(pattern, pattern[++i], inClass));
            }
            else if (inClass)
            {
                inClass = c != ']';
                result.Append(c);
            }
            else if (c == '[')
            {
                inClass = true;
                var negated = i + 1 < pattern.Length && pattern[i + 1] == '^';
                var next = i + (negated ? 2 : 1);
                if (next < pattern.Length && pattern[next] == ']')
                {
                    throw Unsupported(pattern, "an empty class [] or [^] means something else in .NET");
                }

                result.Append(negated ? "[^" : "[");
                i += negated ? 1 : 0;
            }
            else
            {
                result.Append(c switch
                {
                    '.' => @"[^\n\r\u2028\u2029]",
                    '$' => @"\z",
                    _ => c.ToString(),
                });
            }
        }

        return result.ToString();
    }

    private static string Escape(string pattern, char c, bool inClass) => (c, inClass) switch
    {
        ('d', false) => "[0-9]",
        ('d', true) => "0-9",
        ('w', false) => "[A-Za-z0-9_]",
        ('w', true) => "A-Za-z0-9_",
        ('s', false) => "[" + Space + "]",
        ('s', true) => Space,
        ('D', false) => "[^0-9]",
        ('W', false) => "[^A-Za-z0-9_]",
        ('S', false) => "[^" + Space + "]",
        ('D' or 'W' or 'S', true) => throw Unsupported(pattern, $"\\{c} inside a character class"),
        ('b' or 'B', false) => throw Unsupported(pattern, $"\\{c} (word boundaries use another set of word characters in .NET)"),
        ('p' or 'P' or 'k' or 'c', _) => throw Unsupported(pattern, $"\\{c}"),
        _ => "\\" + c,
    };

    private static NotSupportedException Unsupported(string pattern, string what) =>
        new($"The pattern '{pattern}' uses {what}, which SiteGen's schema validator does not translate.");
}
