using System.Globalization;
using System.Text;
using SiteGen.Safety;

namespace SiteGen.Checks;

/// <summary>
/// Reads the start tags of a finished page by the HTML standard's tokenizer states, without
/// building tokens for text, comments or end tags: on a large site the general tokenizer was most
/// of the build's allocation and a third of its time. It covers what SiteGen's own pages hold;
/// for anything it does not read exactly as a browser would (a NUL or carriage return, a
/// character reference other than the plain ones, a comment inside a script) it gives up, and
/// <see cref="PageFacts"/> reads that page with AngleSharp's tokenizer instead. A test compares
/// the two on every kind of page.
/// </summary>
internal static class StartTagScanner
{
    /// <summary>
    /// Hands each start tag of <paramref name="html"/> to <paramref name="onTag"/> in order; false
    /// (having handed over some, perhaps) when the page needs the full tokenizer.
    /// </summary>
    public static bool TryRead(string html, Action<MarkupTag> onTag)
    {
        if (html.AsSpan().IndexOfAny('\0', '\r') >= 0)
        {
            return false; // the input stream's preprocessing changes these; the tokenizer does it
        }

        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                return true;
            }

            var next = html[lt + 1];
            if (char.IsAsciiLetter(next))
            {
                if (!TryReadTag(html, lt + 1, out var tag, out i))
                {
                    return i >= 0; // i < 0: give up; otherwise the page ended inside the tag, which emits nothing
                }

                onTag(tag);
                var end = TextStateEnd(html, tag.Name, i);
                if (end < 0)
                {
                    return false;
                }

                i = end;
            }
            else if (next == '/')
            {
                i = SkipEndTag(html, lt + 2);
            }
            else if (next == '!')
            {
                i = SkipMarkupDeclaration(html, lt + 2);
            }
            else if (next == '?')
            {
                i = SkipBogusComment(html, lt + 2);
            }
            else
            {
                i = lt + 1; // a '<' that starts nothing is text
            }
        }

        return true;
    }

    // From the first letter of a tag's name to just past its '>'. False with end < 0 to give up,
    // or with end at the page's length when the page ends inside the tag.
    private static bool TryReadTag(string html, int start, out MarkupTag tag, out int end)
    {
        tag = null!;
        var i = start;
        while (i < html.Length && !IsTagNameEnd(html[i]))
        {
            i++;
        }

        var name = Lower(html, start, i);
        var attributes = t_attributes ??= [];
        attributes.Clear();
        var result = ReadAttributes(html, i, attributes);
        if (result.End < 0 || !result.Closed)
        {
            end = result.End;
            return false;
        }

        // The tree builder reads <image> as <img>, as a browser does.
        tag = new MarkupTag(name == "image" ? "img" : name, attributes.Count == 0 ? [] : attributes.ToArray());
        end = result.End;
        return true;
    }

    // A tag's attributes as they are read, before they are copied out at their count.
    [ThreadStatic]
    private static List<KeyValuePair<string, string>>? t_attributes;

    // The names and short values already made on this thread: a site's pages repeat the same
    // tag names, attribute names, classes and links, and a page has hundreds of tags, so making
    // each anew was most of what reading a page's tags allocated.
    [ThreadStatic]
    private static Dictionary<string, string>? t_strings;

    private const int MaxSharedLength = 64;
    private const int MaxShared = 16384;

    private static string Shared(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxSharedLength)
        {
            return text.ToString();
        }

        var strings = t_strings ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var shared))
        {
            return shared;
        }

        var made = text.ToString();
        if (strings.Count < MaxShared)
        {
            strings[made] = made;
        }

        return made;
    }

    // The attributes of a tag, from just after its name: the before-attribute-name state onward.
    private static (int End, bool Closed) ReadAttributes(string html, int i, List<KeyValuePair<string, string>>? attributes)
    {
        while (true)
        {
            // Before attribute name.
            while (i < html.Length && IsWhitespace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return (html.Length, false);
            }

            if (html[i] == '>')
            {
                return (i + 1, true);
            }

            if (html[i] == '/')
            {
                // Self-closing start tag state: '>' ends the tag, anything else is read again
                // as the start of an attribute name.
                i++;
                if (i < html.Length && html[i] == '>')
                {
                    return (i + 1, true);
                }

                continue;
            }

            // Attribute name: an '=' first is part of the name.
            var nameStart = i;
            i++;
            while (i < html.Length && !IsWhitespace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            var attributeName = Lower(html, nameStart, i);

            // After attribute name.
            while (i < html.Length && IsWhitespace(html[i]))
            {
                i++;
            }

            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsWhitespace(html[i]))
                {
                    i++;
                }

                if (i >= html.Length)
                {
                    return (html.Length, false);
                }

                if (html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var close = html.IndexOf(quote, i + 1);
                    if (close < 0)
                    {
                        return (html.Length, false);
                    }

                    if (Decode(html, i + 1, close) is not { } decoded)
                    {
                        return (-1, false);
                    }

                    value = decoded;
                    i = close + 1;

                    // After attribute value (quoted): a character other than space, '/' or '>'
                    // starts the next attribute's name, which the loop does.
                }
                else if (html[i] != '>')
                {
                    var valueStart = i;
                    while (i < html.Length && !IsWhitespace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }

                    if (Decode(html, valueStart, i) is not { } decoded)
                    {
                        return (-1, false);
                    }

                    value = decoded;
                }
            }

            // A repeated attribute is dropped: the first one counts.
            if (attributes is not null && !Has(attributes, attributeName))
            {
                attributes.Add(KeyValuePair.Create(attributeName, value));
            }
        }
    }

    private static bool Has(List<KeyValuePair<string, string>> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Key == name)
            {
                return true;
            }
        }

        return false;
    }

    // An attribute's value with its character references decoded; null for a reference this
    // scanner does not decode exactly as the standard does.
    private static string? Decode(string html, int start, int end)
    {
        var amp = html.IndexOf('&', start, end - start);
        if (amp < 0)
        {
            return Shared(html.AsSpan(start, end - start));
        }

        var text = new StringBuilder(end - start);
        var i = start;
        while (amp >= 0)
        {
            text.Append(html, i, amp - i);
            var (decoded, length) = Reference(html, amp + 1, end);
            if (length < 0)
            {
                return null;
            }

            text.Append(decoded);
            i = amp + 1 + length;
            amp = i < end ? html.IndexOf('&', i, end - i) : -1;
        }

        text.Append(html, i, end - i);
        return text.ToString();
    }

    // The reference just after an '&': what it stands for and how many characters it takes.
    // ("&", 0) when nothing follows that could be one; length -1 for one left to the tokenizer.
    private static (string Text, int Length) Reference(string html, int i, int end)
    {
        if (i >= end || !(char.IsAsciiLetterOrDigit(html[i]) || html[i] == '#'))
        {
            return ("&", 0);
        }

        if (html[i] == '#' && !NumericStarts(html, i + 1, end))
        {
            return ("&", 0); // "&#" without digits stays as it is
        }

        var semicolon = html.IndexOf(';', i, end - i);
        if (semicolon < 0)
        {
            return ("", -1);
        }

        var body = html.AsSpan(i, semicolon - i);
        var text = body switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ => Numeric(body),
        };
        return text is null ? ("", -1) : (text, body.Length + 1);
    }

    private static bool NumericStarts(string html, int i, int end) =>
        i < end && (char.IsAsciiDigit(html[i]) || (html[i] is 'x' or 'X' && i + 1 < end && char.IsAsciiHexDigit(html[i + 1])));

    // A numeric reference's character, when it is an ordinary one; null for one the standard
    // maps or replaces (NUL, the C1 range, surrogates, out of range), left to the tokenizer.
    private static string? Numeric(ReadOnlySpan<char> body)
    {
        if (body.Length < 2 || body[0] != '#')
        {
            return null;
        }

        var hex = body[1] is 'x' or 'X';
        var digits = body[(hex ? 2 : 1)..];
        if (digits.Length is 0 or > 6 || !int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return null;
        }

        var ordinary = code is (>= 0x20 and < 0x7F) or 0x09 or 0x0A or 0x0C or (>= 0xA0 and < 0xD800) or (> 0xDFFF and <= 0x10FFFF);
        return ordinary ? char.ConvertFromUtf32(code) : null;
    }

    // Where data starts again after a start tag: past the text of an element whose contents are
    // not markup (script, style, title...), which ends only at its own end tag. -1 to give up.
    private static int TextStateEnd(string html, string name, int i)
    {
        switch (name)
        {
            case "plaintext":
                return html.Length;
            case "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" or "title" or "textarea":
                var close = AppropriateEndTag(html, name, i);
                if (name == "script" && html.AsSpan(i, (close < 0 ? html.Length : close) - i).Contains("<!--", StringComparison.Ordinal))
                {
                    return -1; // script data's escaped states, which the tokenizer follows
                }

                return close < 0 ? html.Length : SkipEndTag(html, close + 2);
            default:
                return i;
        }
    }

    // The '<' of the first "</name" followed by whitespace, '/' or '>', or -1.
    private static int AppropriateEndTag(string html, string name, int i)
    {
        while (true)
        {
            var at = html.IndexOf("</", i, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            var after = at + 2 + name.Length;
            if (after < html.Length && string.Compare(html, at + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (IsWhitespace(html[after]) || html[after] is '/' or '>'))
            {
                return at;
            }

            i = at + 2;
        }
    }

    // From just after "</": an end tag (whose attributes are read and dropped), "</>" (nothing),
    // or a bogus comment.
    private static int SkipEndTag(string html, int i)
    {
        if (i >= html.Length)
        {
            return html.Length;
        }

        if (html[i] == '>')
        {
            return i + 1;
        }

        if (!char.IsAsciiLetter(html[i]))
        {
            return SkipBogusComment(html, i);
        }

        while (i < html.Length && !IsTagNameEnd(html[i]))
        {
            i++;
        }

        var (end, _) = ReadAttributes(html, i, null);
        return end < 0 ? html.Length : end;
    }

    // From just after "<!": a comment, a DOCTYPE, or a bogus comment.
    private static int SkipMarkupDeclaration(string html, int i)
    {
        if (string.CompareOrdinal(html, i, "--", 0, 2) == 0)
        {
            var body = i + 2;
            if (string.CompareOrdinal(html, body, ">", 0, 1) == 0)
            {
                return body + 1; // <!--> ends at once
            }

            if (string.CompareOrdinal(html, body, "->", 0, 2) == 0)
            {
                return body + 2; // and so does <!--->
            }

            var dashes = html.IndexOf("-->", body, StringComparison.Ordinal);
            var bang = html.IndexOf("--!>", body, StringComparison.Ordinal);
            if (dashes < 0)
            {
                return bang < 0 ? html.Length : bang + 4;
            }

            return bang < 0 || dashes < bang ? dashes + 3 : bang + 4;
        }

        // A DOCTYPE ends at its first '>' (quoted identifiers included), as a bogus comment does;
        // so does <![CDATA[ outside SVG and MathML.
        return SkipBogusComment(html, i);
    }

    private static int SkipBogusComment(string html, int i)
    {
        var close = html.IndexOf('>', i);
        return close < 0 ? html.Length : close + 1;
    }

    private static string Lower(string html, int start, int end)
    {
        var span = html.AsSpan(start, end - start);
        foreach (var c in span)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                // Only ASCII letters: the standard leaves every other character of a name as it is.
                return string.Create(span.Length, (html, start), static (chars, state) =>
                {
                    for (var k = 0; k < chars.Length; k++)
                    {
                        var c = state.html[state.start + k];
                        chars[k] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                    }
                });
            }
        }

        return Shared(span);
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\f';

    private static bool IsTagNameEnd(char c) => IsWhitespace(c) || c is '/' or '>';
}
