namespace SiteGen.Safety;

/// <summary>Where a link or resource address sends a reader's browser.</summary>
public enum LinkTargetKind
{
    /// <summary>A path inside the site (relative, or an <c>#anchor</c>).</summary>
    InSite,

    /// <summary>Another web site: <c>http:</c>, <c>https:</c> or scheme-relative <c>//host/</c>.</summary>
    OtherSite,

    /// <summary>An email address (<c>mailto:</c>).</summary>
    Email,

    /// <summary>A phone number (<c>tel:</c>).</summary>
    Phone,

    /// <summary>Any other scheme (<c>javascript:</c>, <c>data:</c>, <c>file:</c>, <c>vbscript:</c>…): never allowed.</summary>
    Refused,
}

/// <summary>
/// Classifies an address the way a browser reads it, so a link cannot be disguised: browsers
/// drop leading spaces and control characters and every tab and newline before they look for
/// the scheme (WHATWG URL standard), and compare schemes without regard to case.
/// </summary>
public static class LinkTarget
{
    /// <summary>The schemes a page may link to.</summary>
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>What kind of place <paramref name="address"/> goes to.</summary>
    public static LinkTargetKind Classify(string address) => Classify(address, out _);

    /// <summary>What kind of place <paramref name="address"/> goes to, and its scheme in lower case (empty when it has none).</summary>
    public static LinkTargetKind Classify(string address, out string scheme)
    {
        var url = Normalise(address);
        scheme = SchemeOf(url);
        return scheme switch
        {
            "" when url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith(@"\\", StringComparison.Ordinal) || url.StartsWith(@"/\", StringComparison.Ordinal) || url.StartsWith(@"\/", StringComparison.Ordinal) => LinkTargetKind.OtherSite,
            "" => LinkTargetKind.InSite,
            "http" or "https" => LinkTargetKind.OtherSite,
            "mailto" => LinkTargetKind.Email,
            "tel" => LinkTargetKind.Phone,
            _ => LinkTargetKind.Refused,
        };
    }

    /// <summary>The address as a browser's URL parser sees it before finding the scheme.</summary>
    public static string Normalise(string address)
    {
        var trimmed = address.Trim(ControlOrSpace);
        return trimmed.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? trimmed : new string([.. trimmed.Where(c => c is not ('\t' or '\n' or '\r'))]);
    }

    private static readonly char[] ControlOrSpace = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];

    private static string SchemeOf(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0]))
        {
            return "";
        }

        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
            {
                return url[..i].ToLowerInvariant();
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return "";
            }
        }

        return "";
    }
}
