using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Safety;

namespace SiteGen.Site;

/// <summary>
/// Turns links written as relative <c>.md</c> paths into site addresses, and reports any link
/// to a page, file or heading that does not exist.
/// </summary>
public sealed class LinkResolver
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

    private LinkResolver(LinkResolver other, DiagnosticBag diagnostics)
    {
        _pages = other._pages;
        _files = other._files;
        _urls = other._urls;
        _diagnostics = diagnostics;
    }

    /// <summary>The same resolver reporting into <paramref name="diagnostics"/>, for resolving pages in parallel.</summary>
    public LinkResolver ReportingTo(DiagnosticBag diagnostics) =>
        new(this, diagnostics) { Unreadable = Unreadable, Translations = Translations, SiteLanguage = SiteLanguage, InSiteLanguageNote = InSiteLanguageNote };

    /// <summary>Translations by language and page: a translation's link to a page goes to the page in the same language, when there is one.</summary>
    public IReadOnlyDictionary<(string Language, Page Original), Page> Translations { get; init; } = new Dictionary<(string, Page), Page>();

    /// <summary>The site's own language, the <c>hreflang</c> of a translation's link to a page that is not translated.</summary>
    public string SiteLanguage { get; init; } = "en";

    /// <summary>The note after such a link, in the translation's language (its code given); none when null.</summary>
    public Func<string, string>? InSiteLanguageNote { get; init; }

    /// <summary>Pages that are there but could not be read; a link to one is left to their own errors.</summary>
    public IReadOnlySet<string> Unreadable { get; init; } = new HashSet<string>();

    /// <summary>Checks and rewrites every link and image in a page.</summary>
    /// <remarks>
    /// A link may go to a page or file of the site, another web site, an email address or a phone
    /// number. Anything else (<c>javascript:</c>, <c>data:</c>, <c>file:</c>) could run script or
    /// reach into the reader's computer, and an image from another host would tell that host who
    /// reads the page: both are errors.
    /// </remarks>
    public void Resolve(Page page)
    {
        foreach (var link in page.Document.Descendants<LinkInline>())
        {
            if (link.Url is not { Length: > 0 } url)
            {
                continue;
            }

            var at = new SourceLocation(page.Source.DisplayPath, link.Line + 1, link.Column + 1);
            switch (LinkTarget.Classify(url, out var scheme))
            {
                case LinkTargetKind.InSite:
                    var resolved = Resolve(page, url, at);
                    link.Url = resolved?.Url ?? url;
                    if (page.Language is { } language && resolved?.Target is { Language: null } && !link.IsImage)
                    {
                        MarkUntranslated(link, language);
                    }

                    break;
                case LinkTargetKind.Refused:
                    RefuseScheme(link.IsImage ? "image" : "link", url, scheme, at);
                    break;
                case var _ when link.IsImage:
                    _diagnostics.Error(DiagnosticCodes.ExternalResource, at,
                        $"The image '{MarkupInspector.Shorten(url)}' is not a file of the site: every reader's browser would ask another host for it, telling that host who reads this page.",
                        "Copy the file into the site, beside the page under content/ (or into static/), and link to it by its relative path, such as ![what it shows](images/picture.png).");
                    break;
            }
        }

        foreach (var autolink in page.Document.Descendants<AutolinkInline>())
        {
            if (LinkTarget.Classify(autolink.Url, out var scheme) == LinkTargetKind.Refused)
            {
                RefuseScheme("link", autolink.Url, scheme, new SourceLocation(page.Source.DisplayPath, autolink.Line + 1, autolink.Column + 1));
            }
        }
    }

    private void RefuseScheme(string what, string url, string scheme, SourceLocation at) =>
        _diagnostics.Error(DiagnosticCodes.RefusedScheme, at,
            $"The {what} '{MarkupInspector.Shorten(url)}' uses the '{scheme}:' scheme, which could run script or open something on the reader's computer; links may only go to http, https, mailto and tel addresses.",
            "Link to a page of the site by its .md file, or to a full https:// address.");

    /// <summary>
    /// Resolves a link written in <paramref name="page"/> (a relative .md path, a file, or
    /// <c>#anchor</c>) to the address it is published at, reporting it at <paramref name="at"/> when broken.
    /// </summary>
    /// <returns>The address relative to the page, and the page linked (null for a file); null when broken.</returns>
    public (string Url, Page? Target)? Resolve(Page page, string url, SourceLocation at)
    {
        switch (LinkTarget.Classify(url, out var scheme))
        {
            case LinkTargetKind.Refused:
                RefuseScheme("link", url, scheme, at);
                return null;
            case not LinkTargetKind.InSite:
                _diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"'{MarkupInspector.Shorten(url)}' is not a page of this site.", "Link to the page's .md file, for example ../help/index.md.");
                return null;
        }

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
                if (Unreadable.Contains(target))
                {
                    return null; // the page is there; its front matter's errors are listed for it
                }

                _diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"The link '{url}' goes to content/{target}, which does not exist.",
                    Suggestion.DidYouMean(target, _pages.Keys) ?? "Check the file name and the number of '../'.");
                return null;
            }

            if (page.Language is { } language && Translations.TryGetValue((language, linked), out var translated))
            {
                linked = translated; // the reader stays in their language where the page is translated
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

    // The reader is told before following it that the page is in the site's own language; the
    // link's hreflang says so to assistive technology.
    private void MarkUntranslated(LinkInline link, string language)
    {
        link.GetAttributes().AddPropertyIfNotExist("hreflang", SiteLanguage);
        if (InSiteLanguageNote?.Invoke(language) is { Length: > 0 } note)
        {
            link.InsertAfter(new LiteralInline(" " + note));
        }
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

}
