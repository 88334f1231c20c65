using System.Text.Json.Nodes;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// The example site's own pages, indexed by the generator and by lunr.js 2.3.9: the same index,
/// and the right page near the top for what visitors really type.
/// </summary>
public sealed class SiteSearchParityTests
{
    private static readonly Lazy<(IReadOnlyList<SearchDocument> Documents, string CSharp, string LunrJs)> Example = new(() =>
    {
        var documents = ExampleSiteDocuments();
        var csharp = SearchIndexWriter.BuildIndex(documents).ToJson();
        var lunrJs = LunrNode.BuildIndex("ref", [("title", 10), ("headings", 5), ("tags", 3), ("body", 1)], documents.Select(d =>
            new LunrTestDocument(new Dictionary<string, string?> { ["ref"] = d.Ref, ["title"] = d.Title, ["headings"] = d.Headings, ["tags"] = d.Tags, ["body"] = d.Body })));
        return (documents, csharp, lunrJs);
    });

    [Fact]
    public void The_example_sites_index_is_the_one_lunr_js_builds_from_the_same_pages()
    {
        Assert.True(Example.Value.Documents.Count >= 15, $"only {Example.Value.Documents.Count} searchable pages");
        LunrParity.AssertJsonEquivalent(Example.Value.LunrJs, Example.Value.CSharp);
    }

    [Fact]
    public void Pages_that_opt_out_of_search_are_not_indexed()
    {
        var refs = Example.Value.Documents.Select(d => d.Ref).ToList();

        Assert.DoesNotContain("help/cover-your-tracks/", refs);
        Assert.Contains("help/is-this-ok/", refs);
    }

    [Theory]
    [InlineData("signs", "about-cse/signs/")]
    [InlineData("grooming", "about-cse/models-of-exploitation/")]
    [InlineData("screening tool", "referral/screening-tool/")]
    [InlineData("lesson consent 14", "lessons/14-16/")]
    [InlineData("missing", "about-cse/missing-and-absent/")]
    [InlineData("lesson friendships", "lessons/11-14/healthy-friendships-teacher/")]
    [InlineData("title:glossary", "glossary/")]
    public void What_visitors_type_finds_the_right_page_in_the_first_three_results(string query, string expected)
    {
        var results = Search(query);

        Assert.Contains(expected, results.Take(3));
    }

    private static List<string> Search(string query)
    {
        var reply = LunrNode.Run(new JsonObject
        {
            ["command"] = "search",
            ["indexes"] = new JsonArray(Example.Value.CSharp, Example.Value.LunrJs),
            ["queries"] = new JsonArray(query),
        });
        var byIndex = reply[0]!.AsArray();
        var csharp = byIndex[0]!["results"]!.AsArray().Select(r => r!["ref"]!.GetValue<string>()).ToList();
        var lunrJs = byIndex[1]!["results"]!.AsArray().Select(r => r!["ref"]!.GetValue<string>()).ToList();
        Assert.Equal(lunrJs, csharp);
        return csharp;
    }

    /// <summary>The example site's search documents, from the same stages a build runs.</summary>
    private static IReadOnlyList<SearchDocument> ExampleSiteDocuments()
    {
        var diagnostics = new DiagnosticBag();
        var loaded = SiteLoader.Load(new BuildOptions { ConfigPath = Path.Combine(RepoPaths.Root, "site.yaml"), BuiltInThemes = RepoPaths.Themes }, diagnostics);
        Assert.True(loaded is not null, string.Join('\n', diagnostics.Items));
        return SearchDocuments.From(loaded.Site);
    }
}
