using SiteGen.Diagnostics;
using SiteGen.Yaml;

namespace SiteGen.Content;

/// <summary>Splits a content file into its front matter and body, keeping line numbers true to the file.</summary>
public static class FrontMatterReader
{
    /// <summary>
    /// The front matter of a file's text, its opening and closing lines included, or null when it
    /// has none: two files with the same block have the same front matter.
    /// </summary>
    public static string? Block(string text)
    {
        var parts = Split(text);
        return parts.Closed ? parts.Text[..parts.ClosingLineEnd] : null;
    }

    /// <summary>The body of a file's text as <see cref="Read(ContentFile, string, DiagnosticBag)"/> gives it, without reading the front matter again.</summary>
    public static string Body(string text)
    {
        var parts = Split(text);
        return parts.Closed ? parts.Body() : parts.Text;
    }

    /// <summary>
    /// Where a file's front matter is. Found by index rather than by splitting the file into
    /// lines: every page of a build passes through here, twice in a one-shot build.
    /// </summary>
    /// <param name="Text">The file's text, its line ends made "\n".</param>
    /// <param name="Opens">True when the first line is <c>---</c>.</param>
    /// <param name="Closed">True when a later line (<c>---</c> or <c>...</c>) closes it.</param>
    /// <param name="YamlStart">Where the line after the opening one starts.</param>
    /// <param name="ClosingLineStart">Where the closing line starts.</param>
    /// <param name="ClosingLineEnd">Where the closing line ends, before its line break.</param>
    /// <param name="ClosingLine">The closing line's index (0 is the opening line).</param>
    private readonly record struct FrontMatterParts(string Text, bool Opens, bool Closed, int YamlStart, int ClosingLineStart, int ClosingLineEnd, int ClosingLine)
    {
        /// <summary>The YAML between the two lines, without the line break before the closing one.</summary>
        public string Yaml() => ClosingLineStart > YamlStart ? Text[YamlStart..(ClosingLineStart - 1)] : "";

        /// <summary>The body, after a blank line for each line of front matter so that line numbers stay the file's.</summary>
        public string Body()
        {
            var blank = ClosingLine + 1;
            var rest = Text.AsMemory(Math.Min(ClosingLineEnd + 1, Text.Length));
            return string.Create(blank + rest.Length, (blank, rest), static (span, body) =>
            {
                span[..body.blank].Fill('\n');
                body.rest.Span.CopyTo(span[body.blank..]);
            });
        }
    }

    private static FrontMatterParts Split(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var firstLineEnd = LineEnd(text, 0);
        if (text.AsSpan(0, firstLineEnd).TrimEnd() is not "---")
        {
            return new(text, false, false, 0, 0, 0, -1);
        }

        // Each later line in turn, until one closes the front matter or the text ends.
        for (var (line, lineEnd) = (0, firstLineEnd); lineEnd < text.Length;)
        {
            var start = lineEnd + 1;
            line++;
            lineEnd = LineEnd(text, start);
            if (text.AsSpan(start, lineEnd - start).TrimEnd() is "---" or "...")
            {
                return new(text, true, true, firstLineEnd + 1, start, lineEnd, line);
            }
        }

        return new(text, true, false, 0, 0, 0, -1);
    }

    private static int LineEnd(string text, int start) => text.IndexOf('\n', start) is var end and >= 0 ? end : text.Length;

    /// <summary>
    /// Reads the front matter. The body returned has the front matter's lines blanked rather
    /// than removed, so Markdown line numbers are the file's own.
    /// </summary>
    public static (FrontMatter? FrontMatter, string Body) Read(ContentFile file, string text, DiagnosticBag diagnostics) => Read<FrontMatter>(file, text, diagnostics);

    /// <summary>Reads front matter of the shape <typeparamref name="T"/> (a page's, a translation's), as <see cref="Read(ContentFile, string, DiagnosticBag)"/> does.</summary>
    public static (T? FrontMatter, string Body) Read<T>(ContentFile file, string text, DiagnosticBag diagnostics)
        where T : YamlMapped
    {
        var parts = Split(text);
        if (!parts.Opens)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, new SourceLocation(file.DisplayPath, 1, 1), "The page has no front matter.",
                "Start the file with a line '---', the page's title, summary and audience, and another '---'. `sitegen new page` writes one for you.");
            return (null, parts.Text);
        }

        if (!parts.Closed)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, new SourceLocation(file.DisplayPath, 1, 1), "The front matter is never closed.",
                "Add a line '---' after the last front matter key.");
            return (null, "");
        }

        var frontMatter = new YamlBinder(file.DisplayPath, 1, diagnostics, "front matter").Read<T>(parts.Yaml());
        var body = parts.Body();
        return (frontMatter, body);
    }
}
