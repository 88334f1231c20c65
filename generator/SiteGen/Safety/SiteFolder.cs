using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Safety;

/// <summary>
/// Lists the files of a folder of the site (content/, static/, the site's themes/) so that
/// nothing outside the site's folder is ever read into the site: a symbolic link is followed
/// only when where it really leads is inside the site's folder; one that leads outside, or
/// nowhere, is reported by name and skipped. Names starting with '.' (editor files, .git) are
/// never listed, nor editors' backups and autosaves ("page.md~", "#page.md#").
/// </summary>
public sealed class SiteFolder
{
    private readonly string _siteRoot;
    private readonly string _realRoot;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Creates the lister for one site.</summary>
    public SiteFolder(string siteRoot, DiagnosticBag diagnostics)
    {
        _siteRoot = Path.GetFullPath(siteRoot);
        _realRoot = RealPath(_siteRoot) ?? _siteRoot;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Every file under <paramref name="folder"/>, as paths under <paramref name="folder"/> (a
    /// followed link keeps its own name), in ordinal order.
    /// </summary>
    /// <param name="folder">The folder to list.</param>
    /// <param name="hidden">Also list names starting with '.' (static/.well-known); content and themes leave out editor files.</param>
    /// <param name="skip">Names of folders not to enter.</param>
    public IReadOnlyList<string> Files(string folder, bool hidden = false, params string[] skip)
    {
        var files = new List<string>();
        if (Directory.Exists(folder) && IsSafeLink(new DirectoryInfo(folder)))
        {
            Walk(Path.GetFullPath(folder), hidden, skip, files, []);
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>True when the file or folder really lies inside the site's folder, links resolved.</summary>
    public bool Contains(string path) => RealPath(path) is { } real && IsInside(real);

    /// <summary>
    /// A file an editor or the operating system leaves beside the ones it works on: Emacs's and
    /// vim's backups ("page.md~"), Emacs's autosaves ("#page.md#"), Windows's thumbnail and folder
    /// files. A backup holds the page as it was before its last edit, which may be what was taken
    /// out for a reason: it must never be published.
    /// </summary>
    private static bool IsEditorLeftover(FileSystemInfo entry) =>
        entry is FileInfo && (entry.Name.EndsWith('~') || (entry.Name.Length > 1 && entry.Name.StartsWith('#') && entry.Name.EndsWith('#'))
            || entry.Name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase) || entry.Name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase));

    private void Walk(string folder, bool hidden, string[] skip, List<string> files, ImmutableStack<string> ancestors)
    {
        var real = RealPath(folder) ?? folder;
        if (ancestors.Contains(real))
        {
            return; // a link back up the tree would never end
        }

        ancestors = ancestors.Push(real);

        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if ((!hidden && entry.Name.StartsWith('.')) || IsEditorLeftover(entry) || Array.IndexOf(skip, entry.Name) >= 0 || !IsSafeLink(entry))
            {
                continue;
            }

            if (Directory.Exists(entry.FullName))
            {
                Walk(entry.FullName, hidden, skip, files, ancestors);
            }
            else
            {
                files.Add(entry.FullName);
            }
        }
    }

    private bool IsSafeLink(FileSystemInfo entry)
    {
        if (entry.LinkTarget is not { } target)
        {
            return true;
        }

        var shown = new SourceLocation(Path.GetRelativePath(_siteRoot, entry.FullName).Replace('\\', '/'));
        var real = RealPath(entry.FullName);
        if (real is null)
        {
            _diagnostics.Error(DiagnosticCodes.LinkOutsideSite, shown, $"{shown.File} is a symbolic link to '{target}', which does not exist.",
                "Remove the link, or put the file itself in the site's folder.");
            return false;
        }

        if (!IsInside(real))
        {
            _diagnostics.Error(DiagnosticCodes.LinkOutsideSite, shown, $"{shown.File} is a symbolic link to '{real}', outside the site's folder; nothing outside it is published.",
                "Copy what the site needs into its folder instead of linking to it, and remove the link.");
            return false;
        }

        return true;
    }

    private bool IsInside(string real) =>
        real == _realRoot || real.StartsWith(_realRoot.EndsWith(Path.DirectorySeparatorChar) ? _realRoot : _realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// Where a path really leads, every link on the way resolved the way the operating system
    /// does (a '..' after a link goes up from where the link led, not from where it sits); null
    /// when it leads nowhere or round in circles.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[root.Length..]).Reverse());
        var current = root;
        var hops = 0;
        while (pending.TryPop(out var part))
        {
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                if (!File.Exists(next) && !Directory.Exists(next))
                {
                    return null;
                }

                current = next;
                continue;
            }

            if (++hops > 40)
            {
                return null; // the limit Linux puts on links followed in one lookup
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var targetPart in Parts(target).Reverse())
            {
                pending.Push(targetPart);
            }
        }

        return current;
    }

    private static IEnumerable<string> Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".");
}
