using System.IO.Compression;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SiteGen.Packaging.Scorm;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Packaging;

/// <summary>
/// <c>sitegen package scorm</c> as an LMS administrator's colleague runs it, as its own process in a
/// copy of the example site: the zip an LMS takes (a SCORM 1.2 manifest that lists every file, the
/// quiz's pass mark as the mastery score, links that stay inside the package), and clear errors.
/// </summary>
public sealed class ScormPackageProcessTests : IDisposable
{
    private readonly ExampleSiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_module_becomes_a_SCORM_package_whose_manifest_lists_every_file_and_whose_links_stay_inside()
    {
        var (code, output, error) = await SiteGenProcess.RunAsync(_site.Root, "package", "scorm", "--module", "level-1", "--out", "level-1.zip");

        Assert.True(code == 0, $"exit code {code}\n{output}\n{error}");
        Assert.Matches(@"^Wrote a SCORM 1\.2 package of 'level-1' \(\d+ files\) to .*level-1\.zip\.$", output.Trim());
        using var zip = ZipFile.OpenRead(_site.PathOf("level-1.zip"));
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        using var manifestStream = zip.GetEntry("imsmanifest.xml")!.Open();
        var manifest = XDocument.Load(manifestStream);
        XNamespace cp = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
        XNamespace adlcp = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

        Assert.Equal(cp + "manifest", manifest.Root!.Name);
        Assert.Equal("1.2", manifest.Root.Element(cp + "metadata")!.Element(cp + "schemaversion")!.Value);
        var organization = manifest.Root.Element(cp + "organizations")!.Elements(cp + "organization").Single();
        var item = organization.Elements(cp + "item").Single();
        Assert.Equal("80", item.Element(adlcp + "masteryscore")!.Value); // the module quiz's pass_mark
        Assert.Equal("Level 1: CSE awareness for all staff", item.Element(cp + "title")!.Value);
        var resource = manifest.Root.Element(cp + "resources")!.Elements(cp + "resource").Single();
        Assert.Equal("sco", resource.Attribute(adlcp + "scormtype")!.Value);
        Assert.Equal(item.Attribute("identifierref")!.Value, resource.Attribute("identifier")!.Value);
        var launch = resource.Attribute("href")!.Value;
        Assert.Equal("training/level-1/index.html", launch);
        var listed = resource.Elements(cp + "file").Select(f => f.Attribute("href")!.Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(entries.Where(e => e != "imsmanifest.xml").Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Contains(launch, entries);
        Assert.Contains("training/level-1/quiz/index.html", entries);
        Assert.Contains("assets/sitegen-scorm.js", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("search/", StringComparison.Ordinal) || e.StartsWith("help/", StringComparison.Ordinal));

        // Every page: the SCORM script first; every local link and file it uses inside the package; the rest to the live site.
        var parser = new HtmlParser();
        foreach (var page in entries.Where(e => e.EndsWith(".html", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(zip.GetEntry(page)!.Open());
            var html = parser.ParseDocument(await reader.ReadToEndAsync());
            Assert.Equal(PackagedPage.RootFrom(page) + "assets/sitegen-scorm.js", html.QuerySelector("script")!.GetAttribute("src"));
            Assert.Null(html.QuerySelector("form[data-module=site-search]"));
            foreach (var reference in html.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var target = reference.GetAttribute("href") ?? reference.GetAttribute("src")!;
                if (PackagedPage.Resolve(page, target) is { } local)
                {
                    Assert.True(entries.Contains(local), $"{page} refers to {target}, which is not in the package");
                }
                else if (target.StartsWith("https://cse.example.org/", StringComparison.Ordinal))
                {
                    Assert.Equal("_blank", reference.GetAttribute("target"));
                }
            }
        }
    }

    [Fact]
    public async Task Markup_in_a_module_title_stays_text_in_the_manifest_and_the_pages()
    {
        const string Hostile = "Level 1 <script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> & 'quotes'";
        var start = "content/training/level-1/index.md";
        _site.Write(start, System.Text.RegularExpressions.Regex.Replace(_site.Read(start), "(?m)^title: .*$", "title: '" + Hostile.Replace("'", "''", StringComparison.Ordinal) + "'"));

        var (code, output, error) = await SiteGenProcess.RunAsync(_site.Root, "package", "scorm", "--module", "level-1", "--out", "hostile.zip");

        Assert.True(code == 0, $"exit code {code}\n{output}\n{error}");
        using var zip = ZipFile.OpenRead(_site.PathOf("hostile.zip"));
        using (var manifestStream = zip.GetEntry("imsmanifest.xml")!.Open())
        {
            XNamespace cp = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
            var titles = XDocument.Load(manifestStream).Descendants(cp + "title").Select(t => t.Value).ToList();
            Assert.All(titles, title => Assert.Equal(Hostile, title)); // text, as it was written
        }

        var parser = new HtmlParser();
        foreach (var page in zip.Entries.Where(e => e.FullName.EndsWith(".html", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(page.Open());
            var html = parser.ParseDocument(await reader.ReadToEndAsync());
            Assert.All(html.QuerySelectorAll("script"), script => Assert.True(script.HasAttribute("src"), $"{page.FullName} has an inline script"));
            Assert.Empty(html.QuerySelectorAll("[onerror]"));
        }
    }

    [Fact]
    public async Task A_module_the_site_does_not_have_is_a_clear_error_and_an_earlier_package_is_kept()
    {
        File.WriteAllText(_site.PathOf("old.zip"), "an earlier package");

        var (code, output, error) = await SiteGenProcess.RunAsync(_site.Root, "package", "scorm", "--module", "level-9", "--out", "old.zip");

        Assert.True(code == 1, $"exit code {code}\n{output}\n{error}");
        Assert.Matches(@"(?m)^site\.yaml: error SG0901: The site has no training module 'level-9'\. Fix: Use one of its modules: level-1, level-2, community-businesses\.$", error);
        Assert.Contains("No package was written", error, StringComparison.Ordinal);
        Assert.Equal("an earlier package", File.ReadAllText(_site.PathOf("old.zip")));
        Assert.Empty(Directory.GetFiles(_site.Root, "*.sitegen-partial"));
    }
}
