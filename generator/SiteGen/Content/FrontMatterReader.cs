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
        var (lines, end) = Split(text);
        return end < 0 ? null : string.Join('\n', lines[..(end + 1)]);
    }

    /// <summary>The body of a file's text as <see cref="Read(ContentFile, string, DiagnosticBag)"/> gives it, without reading the front matter again.</summary>
    public static string Body(string text)
    {
        var (lines, end) = Split(text);
        return end < 0 ? string.Join('\n', lines) : new string('\n', end + 1) + string.Join('\n', lines[(end + 1)..]);
    }

    /// <summary>The file's lines, and the index of the line that closes its front matter (-1 when it has none, or it is never closed).</summary>
    private static (string[] Lines, int End) Split(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return (lines, lines[0].TrimEnd() == "---" ? Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...") : -1);
    }

    /// <summary>
    /// Reads the front matter. The body returned has the front matter's lines blanked rather
    /// than removed, so Markdown line numbers are the file's own.
    /// </summary>
    public static (FrontMatter? FrontMatter, string Body) Read(ContentFile file, string text, DiagnosticBag diagnostics) => Read<FrontMatter>(file, text, diagnostics);

    /// <summary>Reads front matter of the shape <typeparamref name="T"/> (a page's, a translation's), as <see cref="Read(ContentFile, string, DiagnosticBag)"/> does.</summary>
    public static (T? FrontMatter, string Body) Read<T>(ContentFile file, string text, DiagnosticBag diagnostics)
        where T : YamlMapped
    {
        var (lines, end) = Split(text);
        if (lines[0].TrimEnd() != "---")
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, new SourceLocation(file.DisplayPath, 1, 1), "The page has no front matter.",
                "Start the file with a line '---', the page's title, summary and audience, and another '---'. `sitegen new page` writes one for you.");
            return (null, string.Join('\n', lines));
        }

        if (end < 0)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, new SourceLocation(file.DisplayPath, 1, 1), "The front matter is never closed.",
                "Add a line '---' after the last front matter key.");
            return (null, "");
        }

        var yaml = string.Join('\n', lines[1..end]);
        var frontMatter = new YamlBinder(file.DisplayPath, 1, diagnostics, "front matter").Read<T>(yaml);
        var body = new string('\n', end + 1) + string.Join('\n', lines[(end + 1)..]);
        return (frontMatter, body);
    }
}
