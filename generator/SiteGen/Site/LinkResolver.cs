using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Site;

/// <summary>
/// Turns links written as relative <c>.md</c> paths into site addresses, and reports any link
/// to a page, file or heading that does not exist.
/// </summary>
public sealed partial class LinkResolver
{
    private readonly IReadOnlyDictionary<string, Page> _pages;
    private readonly HashSet<string> _files;
    private readonly SiteUrls _urls;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Creates a resolver for one site.</summary>
    public LinkResolver(IReadOnlyDictionary<string, Page> pages, IReadOnlyList<ContentFile> files, SiteUrls urls, DiagnosticBag diagnostics)
    {
        _pages = pages;
        _files = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        _urls = urls;
        _diagnostics = diagnostics;
    }

    /// <summary>Checks and rewrites every link and image in a page.</summary>
    public void Resolve(Page page)
    {
        foreach (var link in page.Document.Descendants<LinkInline>())
        {
            if (link.Url is { Length: > 0 } url && !IsExternal(url))
            {
                link.Url = Resolve(page, url, new SourceLocation(page.Source.DisplayPath, link.Line + 1, link.Column + 1))?.Url ?? url;
            }
        }
    }

    /// <summary>
    /// Resolves a link written in <paramref name="page"/> (a relative .md path, a file, or
    /// <c>#anchor</c>) to the address it is published at, reporting it at <paramref name="at"/> when broken.
    /// </summary>
    /// <returns>The address relative to the page, and the page linked (null for a file); null when broken.</returns>
    public (string Url, Page? Target)? Resolve(Page page, string url, SourceLocation at)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? null : url[(hash + 1)..];

        if (path.Length == 0)
        {
            return CheckAnchor(page, anchor!, at) ? (url, page) : null;
        }

        if (path.StartsWith('/'))
        {
            _diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"The link '{url}' starts from the site root, which breaks when the site lives under a sub-path or on disk.",
                "Link to the page's file relative to this one, for example ../help/index.md.");
            return null;
        }

        var target = SiteUrls.Normalise(page.SectionPath + Uri.UnescapeDataString(path));
        if (target is null)
        {
            _diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"The link '{url}' goes outside the content folder.", "Link only to files under content/.");
            return null;
        }

        if (target.EndsWith(".md", StringComparison.Ordinal))
        {
            if (!_pages.TryGetValue(target, out var linked))
            {
                _diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"The link '{url}' goes to content/{target}, which does not exist.",
                    Suggestion.DidYouMean(target, _pages.Keys) ?? "Check the file name and the number of '../'.");
                return null;
            }

            if (anchor is not null && !CheckAnchor(linked, anchor, at))
            {
                return null;
            }

            return (_urls.Link(page.SitePath, linked.SitePath, anchor), linked);
        }

        if (_files.Contains(target))
        {
            return (_urls.Link(page.SitePath, target, anchor), null);
        }

        var fix = target.EndsWith('/') || !Path.HasExtension(target)
            ? "Link to the page's .md file, for example help/index.md rather than help/."
            : "Put the file under content/ beside the page, or check its name.";
        _diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"The link '{url}' goes to content/{target}, which does not exist.", fix);
        return null;
    }

    private bool CheckAnchor(Page target, string anchor, SourceLocation at)
    {
        if (target.Anchors.Contains(anchor))
        {
            return true;
        }

        _diagnostics.Error(DiagnosticCodes.BrokenAnchor, at, $"{target.Source.DisplayPath} has no heading with the id '{anchor}'.",
            Suggestion.DidYouMean(anchor, target.Anchors) ?? "Heading ids are the heading's words in lower case joined by hyphens.");
        return false;
    }

    private static bool IsExternal(string url) => url.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(url);

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
