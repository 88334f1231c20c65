using AngleSharp.Dom;
using SiteGen.Diagnostics;

namespace SiteGen.Safety;

/// <summary>
/// Finds what in an element could turn a page against its readers: script that runs inline
/// (and inline styles, which the Content-Security-Policy would silently block),
/// an address with a scheme other than http, https, mailto or tel, and anything the browser
/// would fetch from another host (which tells that host who is reading a safeguarding site).
/// Used on raw HTML in content and, as the last line of defence, on every finished page.
/// </summary>
public static class MarkupInspector
{
    // Attributes whose address the browser fetches or submits to by itself.
    private static readonly string[] ResourceAttributes = ["src", "poster", "data", "background", "action", "formaction", "ping", "manifest", "codebase", "archive", "lowsrc", "dynsrc"];

    // Attributes holding an address the reader may follow, but the browser does not fetch.
    private static readonly string[] FollowedAttributes = ["cite", "longdesc"];

    // Link relations that the browser does not fetch.
    private static readonly HashSet<string> UnfetchedRelations = new(StringComparer.OrdinalIgnoreCase)
    {
        "canonical", "alternate", "author", "help", "license", "next", "prev", "search", "bookmark", "me",
    };

    /// <summary>Every hazard in <paramref name="element"/> itself (not its descendants).</summary>
    public static IEnumerable<MarkupHazard> Inspect(IElement element) => Inspect(MarkupTag.From(element));

    /// <summary>Every hazard in the start tag <paramref name="element"/>.</summary>
    public static IEnumerable<MarkupHazard> Inspect(MarkupTag element)
    {
        var found = new List<MarkupHazard>();
        Inspect(element, found);
        return found;
    }

    /// <summary>
    /// Adds every hazard in the start tag <paramref name="element"/> to <paramref name="found"/>.
    /// The check stage reads every tag of every page with this: it makes nothing for a tag
    /// without a hazard, which is nearly all of them.
    /// </summary>
    public static void Inspect(MarkupTag element, List<MarkupHazard> found)
    {
        var name = element.Name;
        foreach (var (attribute, _) in element.Attributes)
        {
            if (attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(new MarkupHazard(DiagnosticCodes.UnsafeMarkup, $"<{name}> has an event handler attribute '{attribute}', which runs script inline.",
                    "Remove it: pages carry no inline script, so a strict Content-Security-Policy holds."));
            }
        }

        if (name == "script" && !element.HasAttribute("src"))
        {
            found.Add(new MarkupHazard(DiagnosticCodes.UnsafeMarkup, "An inline <script> element.",
                "Remove it: scripts belong in the theme's components, loaded from files."));
        }

        if (name == "style" || element.HasAttribute("style"))
        {
            found.Add(new MarkupHazard(DiagnosticCodes.UnsafeMarkup, name == "style" ? "An inline <style> element." : $"<{name}> has a style attribute.",
                "Remove it: the site's Content-Security-Policy blocks inline styles, so it would do nothing. Put styles in the theme's CSS."));
        }

        if (name == "base")
        {
            found.Add(new MarkupHazard(DiagnosticCodes.UnsafeMarkup, "A <base> element, which would send every relative link of the page elsewhere.", "Remove it."));
        }

        foreach (var (key, value) in element.Attributes)
        {
            var attribute = key.ToLowerInvariant();
            if (attribute == "href" || Array.IndexOf(ResourceAttributes, attribute) >= 0 || Array.IndexOf(FollowedAttributes, attribute) >= 0)
            {
                InspectAddress(element, attribute, value, found);
            }
            else if (attribute is "srcset" or "imagesrcset")
            {
                foreach (var candidate in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    InspectAddress(element, attribute, candidate.Split(' ', 2)[0], found);
                }
            }
        }

        if (name == "meta" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)
            && element.GetAttribute("content") is { } content && content.IndexOf("url=", StringComparison.OrdinalIgnoreCase) is var at and >= 0)
        {
            InspectAddress(element, "content", content[(at + 4)..].Trim('\'', '"', ' '), found);
        }
    }

    private static void InspectAddress(MarkupTag element, string attribute, string address, List<MarkupHazard> found)
    {
        var kind = LinkTarget.Classify(address, out var scheme);
        if (kind == LinkTargetKind.Refused)
        {
            found.Add(RefusedScheme(element.Name, attribute, address, scheme));
        }
        else if (kind != LinkTargetKind.InSite && IsFetched(element, attribute))
        {
            found.Add(OtherHost(element.Name, attribute, address));
        }
    }

    /// <summary>The hazard of an address whose scheme is not allowed.</summary>
    public static MarkupHazard RefusedScheme(string element, string attribute, string address, string scheme) =>
        new(DiagnosticCodes.RefusedScheme, $"<{element} {attribute}=\"{Shorten(address)}\"> uses the '{scheme}:' scheme; a page may only link to http, https, mailto and tel addresses.",
            "Link to a page of the site (its .md file) or to a full https:// address.");

    /// <summary>The hazard of a resource the browser would fetch from another host.</summary>
    public static MarkupHazard OtherHost(string element, string attribute, string address) =>
        new(DiagnosticCodes.ExternalResource, $"<{element} {attribute}=\"{Shorten(address)}\"> would make every reader's browser fetch it from another host, telling that host who reads this site.",
            "Copy the file into the site (beside the page under content/, or in static/) and refer to it by its relative path.");

    /// <summary>An address as a message shows it: control characters made visible, cut to a length that reads in one line.</summary>
    public static string Shorten(string address)
    {
        var visible = string.Concat(address.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return visible.Length <= 80 ? visible : visible[..77] + "...";
    }

    private static bool IsFetched(MarkupTag element, string attribute)
    {
        if (Array.IndexOf(FollowedAttributes, attribute) >= 0)
        {
            return false;
        }

        return element.Name switch
        {
            "a" or "area" => attribute != "href", // following a link is the reader's choice; ping is not
            "link" => !(element.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).All(UnfetchedRelations.Contains),
            _ => true,
        };
    }
}
