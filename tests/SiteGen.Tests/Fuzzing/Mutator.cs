using System.Text;

namespace SiteGen.Tests.Fuzzing;

/// <summary>
/// Makes inputs from a valid one the way editors and attackers do: cutting, repeating and
/// swapping pieces, and dropping in the characters and tokens each format is sensitive to.
/// Deterministic for a seed, so a failure can be made again.
/// </summary>
internal sealed class Mutator(int seed)
{
    private static readonly string[] Tokens =
    [
        "\n", "\n\n", "---\n", ":", ": ", "- ", "  ", "\t", "#", "[", "]", "{", "}", "'", "\"", "|", ">", "<", "&", "*", "_", "`", "```", "```quiz\n",
        ":::", "::: callout warning\n", "{{contact:", "{{contact:childline}}", "}}", "](", "](../", "](/", "](javascript:alert(1))", "](data:text/html,x)",
        "<script>alert(1)</script>", "</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:x\">", "<!--", "-->", "&#0;", "&amp;", "\0", "\r", "\r\n",
        "\u2028", "\uFEFF", "\u202E", "😀", "é", "../", "..\\", "/etc/passwd", "C:\\", "%2e%2e/", "~", "null", "true", "0", "-1", "99999999999999999999", "1e308",
        "NaN", "2026-02-30", "title: ", "audience: ", "[parents]", "age_band: ", "slug: ", "layout: ", "search: false", "id: ", "kind: multiple", "correct: true",
        "options:\n", "questions:\n", "  - id: x\n", "*a", "&a ", "!!binary ", "!!python/object ", "? ", "=HYPERLINK(\"x\")", ",", ";", "\"\"", "{\"a\":", "[[[[[[[[",
    ];

    private readonly Random _random = new(seed);

    /// <summary>One to four changes to <paramref name="input"/>.</summary>
    public string Mutate(string input)
    {
        var text = new StringBuilder(input);
        for (var n = _random.Next(1, 5); n > 0; n--)
        {
            var at = text.Length == 0 ? 0 : _random.Next(text.Length + 1);
            switch (_random.Next(8))
            {
                case 0 or 1: // a token dropped in
                    text.Insert(at, Tokens[_random.Next(Tokens.Length)]);
                    break;
                case 2: // a piece cut out
                    text.Remove(at, Math.Min(text.Length - at, _random.Next(1, 40)));
                    break;
                case 3: // a piece repeated
                    var length = Math.Min(text.Length - at, _random.Next(1, 80));
                    var piece = text.ToString(at, length);
                    text.Insert(at, string.Concat(Enumerable.Repeat(piece, _random.Next(1, 4))));
                    break;
                case 4: // cut short, as a half-written file is
                    text.Length = at;
                    break;
                case 5: // two lines swapped
                    var lines = text.ToString().Split('\n');
                    if (lines.Length > 1)
                    {
                        var (i, j) = (_random.Next(lines.Length), _random.Next(lines.Length));
                        (lines[i], lines[j]) = (lines[j], lines[i]);
                        text.Clear().Append(string.Join('\n', lines));
                    }

                    break;
                case 6: // a line indented or outdented
                    var lineStart = at == 0 ? 0 : text.ToString(0, at).LastIndexOf('\n') + 1;
                    if (_random.Next(2) == 0)
                    {
                        text.Insert(lineStart, new string(' ', _random.Next(1, 6)));
                    }
                    else if (lineStart < text.Length && text[lineStart] == ' ')
                    {
                        text.Remove(lineStart, 1);
                    }

                    break;
                default: // one character changed
                    if (at < text.Length)
                    {
                        text[at] = (char)_random.Next(0, 0x250);
                    }

                    break;
            }
        }

        return WithoutHalfCharacters(text.ToString());
    }

    // A cut can split a character made of two UTF-16 units: a file cannot hold half of one, so
    // the half becomes the replacement character, as a UTF-8 file read back would have it.
    private static string WithoutHalfCharacters(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
