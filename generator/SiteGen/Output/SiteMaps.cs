using System.Security;
using System.Text;

namespace SiteGen.Output;

/// <summary><c>sitemap.xml</c> and <c>robots.txt</c> for search engines.</summary>
public static class SiteMaps
{
    /// <summary>The sitemap listing every page's absolute address.</summary>
    public static string Sitemap(string siteUrl, string basePath, IEnumerable<string> sitePaths)
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in sitePaths)
        {
            builder.Append("  <url><loc>").Append(SecurityElement.Escape(siteUrl.TrimEnd('/') + basePath + path)).Append("</loc></url>\n");
        }

        return builder.Append("</urlset>\n").ToString();
    }

    /// <summary>robots.txt allowing everything and naming the sitemap.</summary>
    public static string Robots(string siteUrl, string basePath) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {siteUrl.TrimEnd('/')}{basePath}sitemap.xml\n";
}
