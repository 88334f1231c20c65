using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Content;

/// <summary>
/// A short fingerprint of what a reader of a page reads (its title, summary and body), which a
/// translation records as <c>translated_from</c>: when the page changes, the fingerprint does,
/// and the translation is out of date. Review dates and other front matter leave it alone.
/// </summary>
public static class PageFingerprint
{
    /// <summary>The page's fingerprint: eight hexadecimal digits.</summary>
    public static string Of(Page page)
    {
        var body = page.SourceText.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (FrontMatterReader.Block(body) is { } block)
        {
            body = body[block.Length..];
        }

        var text = page.FrontMatter.Title + "\n" + page.FrontMatter.Summary + "\n" + body.Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
    }
}
