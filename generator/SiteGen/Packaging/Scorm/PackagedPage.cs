using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Packaging.Scorm;

/// <summary>
/// One page of a SCORM package, rewritten from the site's page (built for disk, so every link
/// names its file): links within the package stay; links to the rest of the site go to the live
/// site in a new tab, so the learner never leaves the module inside the LMS's frame; the header's
/// search box goes (the package has no index); and the SCORM run-time script comes first.
/// </summary>
internal static class PackagedPage
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The package-relative paths of the local files the page refers to (stylesheets, scripts, images, linked files).</summary>
    public static IEnumerable<string> References(string html, string pagePath)
    {
        var document = Parser.ParseDocument(html);
        var attributes = document.QuerySelectorAll("link[href], script[src], img[src], source[src], a[href]")
            .Select(e => e.GetAttribute(e.HasAttribute("src") ? "src" : "href")!);
        return attributes.Select(a => Resolve(pagePath, a)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The page for the package.</summary>
    /// <param name="html">The page as the site's build for disk wrote it.</param>
    /// <param name="pagePath">Its path from the package root, such as <c>training/awareness/index.html</c>.</param>
    /// <param name="inPackage">Whether a path from the root is a file of the package.</param>
    /// <param name="liveUrl">The live site's address of a path from the root (a page of the site outside the package).</param>
    /// <param name="runtime">The attributes of the SCORM run-time script, its <c>src</c> apart.</param>
    public static string Rewrite(string html, string pagePath, Func<string, bool> inPackage, Func<string, string> liveUrl, IReadOnlyDictionary<string, string> runtime)
    {
        var document = Parser.ParseDocument(html);
        var root = RootFrom(pagePath);

        foreach (var search in document.QuerySelectorAll("form[data-module='site-search']").ToList())
        {
            search.Remove();
        }

        foreach (var link in document.QuerySelectorAll("a[href]").OfType<IHtmlAnchorElement>())
        {
            var target = Resolve(pagePath, link.GetAttribute("href")!);
            if (target is null || inPackage(target))
            {
                continue;
            }

            var fragment = link.GetAttribute("href")!.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? link.GetAttribute("href")![hash..] : "";
            link.SetAttribute("href", liveUrl(target) + fragment);
            link.SetAttribute("target", "_blank");
            link.SetAttribute("rel", "noopener");
            var note = document.CreateElement("span");
            note.ClassName = "visually-hidden";
            note.TextContent = " (opens the partnership's website in a new tab)";
            link.AppendChild(note);
        }

        var script = document.CreateElement("script");
        script.SetAttribute("src", root + Theme.ThemeAssets.ScormScriptPath);
        script.SetAttribute("defer", "");
        script.SetAttribute("data-scorm-package", "");
        script.SetAttribute("data-package-root", root.Length == 0 ? "./" : root);
        foreach (var (name, value) in runtime)
        {
            script.SetAttribute(name, value);
        }

        var first = document.Head!.QuerySelector("script");
        document.Head.InsertBefore(script, first);
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n";
    }

    /// <summary>The relative link from a page to the package root: <c>../../</c> from <c>a/b/index.html</c>.</summary>
    public static string RootFrom(string pagePath) => string.Concat(Enumerable.Repeat("../", pagePath.Count(c => c == '/')));

    /// <summary>
    /// A link's target as a path from the package root, or null when it is not a local file
    /// (another host, a scheme such as <c>mailto:</c>, an anchor on the same page) or climbs out of the root.
    /// </summary>
    public static string? Resolve(string pagePath, string href)
    {
        if (href.Length == 0 || href[0] == '#' || href.Contains(':', StringComparison.Ordinal) || href.StartsWith("//", StringComparison.Ordinal) || href[0] == '/')
        {
            return null;
        }

        var path = href.Split('#', '?')[0];
        if (path.Length == 0)
        {
            return null;
        }

        var folder = pagePath.Contains('/', StringComparison.Ordinal) ? pagePath[..(pagePath.LastIndexOf('/') + 1)] : "";
        if (Site.SiteUrls.Normalise(folder + Uri.UnescapeDataString(path)) is not { } resolved)
        {
            return null; // climbs out of the package
        }

        return Site.SiteUrls.OutputFile(resolved);
    }
}
