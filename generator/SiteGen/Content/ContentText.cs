using System.Text;

namespace SiteGen.Content;

/// <summary>Reads a content file's text as <see cref="File.ReadAllText(string)"/> does, with less garbage.</summary>
internal static class ContentText
{
    /// <summary>
    /// The file's text: UTF-8 with or without its byte order mark, or UTF-16 or UTF-32 by theirs.
    /// A build reads every page; decoding the bytes at once makes the text and nothing else,
    /// where a reader grows buffers on the way.
    /// </summary>
    public static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0, 0, 0xFE, 0xFF, ..])
        {
            return File.ReadAllText(path); // another encoding's mark: rare, and the reader knows them all
        }

        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }
}
