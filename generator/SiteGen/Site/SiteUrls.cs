namespace SiteGen.Site;

/// <summary>
/// Turns site paths (<c>help/is-this-ok/</c>) into the links written into pages. Links are
/// relative, so a site works under any sub-path and from disk; the 404 page, served at any
/// depth, is the exception and uses the base path.
/// </summary>
/// <param name="ForDisk">Link to <c>.../index.html</c>, because file:// does not serve a folder's index.</param>
/// <param name="BasePath">The site's sub-path (<c>/</c> or <c>/safeguarding/cse/</c>).</param>
public sealed record SiteUrls(bool ForDisk, string BasePath)
{
    /// <summary>The link from the page at <paramref name="fromSitePath"/> to <paramref name="toSitePath"/>.</summary>
    /// <param name="fromSitePath">The linking page's site path, or null for a page served at any depth (404).</param>
    /// <param name="toSitePath">The target's site path: a page (<c>help/</c>, empty for home) or a file (<c>assets/site.css</c>).</param>
    /// <param name="anchor">An element id on the target, or null.</param>
    public string Link(string? fromSitePath, string toSitePath, string? anchor = null)
    {
        var target = ForDisk && IsPage(toSitePath) ? toSitePath + "index.html" : toSitePath;
        string url;
        if (fromSitePath is null)
        {
            url = BasePath + target;
        }
        else
        {
            var depth = fromSitePath.AsSpan().Count('/');
            url = Up(depth) + target;
            if (url.Length == 0)
            {
                url = "./";
            }
        }

        return anchor is null ? url : url + "#" + anchor;
    }

    /// <summary>True when a site path names a page (a folder) rather than a file.</summary>
    public static bool IsPage(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/');

    /// <summary>The output file a site path is written to.</summary>
    public static string OutputFile(string sitePath) => IsPage(sitePath) ? sitePath + "index.html" : sitePath;

    /// <summary>Resolves <c>.</c> and <c>..</c> in a site path; null when it climbs above the root.</summary>
    public static string? Normalise(string path)
    {
        // The checks resolve every link of every page with this: the kept segments are written
        // into one buffer, each followed by '/', and ".." takes the last one back off.
        Span<char> kept = path.Length < 256 ? stackalloc char[path.Length + 1] : new char[path.Length + 1];
        var length = 0;
        foreach (var range in path.AsSpan().Split('/'))
        {
            var part = path.AsSpan(range);
            if (part is "..")
            {
                if (length == 0)
                {
                    return null;
                }

                length = kept[..(length - 1)].LastIndexOf('/') + 1;
            }
            else if (part is not "." and not "")
            {
                part.CopyTo(kept[length..]);
                length += part.Length;
                kept[length++] = '/';
            }
        }

        if (length == 0)
        {
            return "";
        }

        var normal = kept[..(path.EndsWith('/') ? length : length - 1)];
        return normal.SequenceEqual(path) ? path : new string(normal);
    }

    /// <summary>"../" <paramref name="depth"/> times: made once for each depth, as every link on a page starts with it.</summary>
    private static string Up(int depth)
    {
        var ups = _ups;
        if (depth >= ups.Length)
        {
            ups = [.. Enumerable.Range(0, depth + 1).Select(d => string.Concat(Enumerable.Repeat("../", d)))];
            _ups = ups;
        }

        return ups[depth];
    }

    private static string[] _ups = [.. Enumerable.Range(0, 8).Select(d => string.Concat(Enumerable.Repeat("../", d)))];
}
