namespace SiteGen.Cli.Serve;

/// <summary>Maps a request path to a file of the built site, and a file to its content type.</summary>
public static class StaticFiles
{
    /// <summary>
    /// The file a request for <paramref name="sitePath"/> (relative to <paramref name="root"/>) gets,
    /// as a web host answers it: a folder's index.html; never a file outside <paramref name="root"/>.
    /// Null when there is none, or when the path names a folder without its trailing slash
    /// (<paramref name="folderWithoutSlash"/>), which a host redirects to the path with the slash so
    /// that the page's relative links work.
    /// </summary>
    public static string? Find(string root, string sitePath, out bool folderWithoutSlash)
    {
        folderWithoutSlash = false;
        root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var full = Path.GetFullPath(Path.Combine(root, sitePath.TrimStart('/')));
        if (full.TrimEnd(Path.DirectorySeparatorChar) != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            if (sitePath.Length > 0 && !sitePath.EndsWith('/'))
            {
                folderWithoutSlash = true;
                return null;
            }

            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }

    /// <summary>The Content-Type header for a file, by its extension.</summary>
    public static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".pdf" => "application/pdf",
        ".xml" => "application/xml; charset=utf-8",
        ".gif" => "image/gif",
        ".ico" => "image/x-icon",
        ".woff" => "font/woff",
        ".webmanifest" => "application/manifest+json",
        ".txt" => "text/plain; charset=utf-8",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };
}
