using System.Text.Json;
using SiteGen.Output;
using SiteGen.Search.Lunr;

namespace SiteGen.Search;

/// <summary>
/// The site's search files: the lunr index (<c>search/index.json</c>, for tools), and the index
/// with its document store as a classic script (<c>search/index.js</c>) that the page loads only
/// when a visitor starts to search, so search works from file:// and costs nothing otherwise.
/// </summary>
public static class SearchIndexWriter
{
    /// <summary>The site path of the search page.</summary>
    public const string PagePath = "search/";

    /// <summary>The lunr index as JSON.</summary>
    public const string IndexJsonPath = "search/index.json";

    /// <summary>The index and document store as a script.</summary>
    public const string IndexScriptPath = "search/index.js";

    /// <summary>Field boosts: a word in the title says most about a page, a word in the body least.</summary>
    private static readonly (string Field, double Boost)[] Fields = [("title", 10), ("headings", 5), ("tags", 3), ("body", 1)];

    /// <summary>Longest text kept per page for excerpts: enough for any page of this site, small enough to keep the download light.</summary>
    private const int ExcerptSourceLength = 6000;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Builds the lunr index of the documents.</summary>
    public static LunrIndex BuildIndex(IReadOnlyList<SearchDocument> documents)
    {
        var builder = new LunrIndexBuilder();
        builder.Ref("ref");
        foreach (var (field, boost) in Fields)
        {
            builder.Field(field, boost);
        }

        builder.AddRange([.. documents.Select(document => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
        {
            ["ref"] = document.Ref,
            ["title"] = document.Title,
            ["headings"] = document.Headings,
            ["tags"] = document.Tags,
            ["body"] = document.Body,
        })]);

        return builder.Build();
    }

    /// <summary>The search files for the output folder.</summary>
    /// <param name="documents">The searchable pages.</param>
    /// <param name="audiences">The site's audiences in site.yaml order, for the search page's filters.</param>
    /// <param name="glossary">The glossary's terms: a search for an abbreviation ("cse") also looks for what it stands for.</param>
    public static IEnumerable<OutputFile> Files(IReadOnlyList<SearchDocument> documents, IReadOnlyList<Configuration.Audience> audiences,
        IReadOnlyList<Markdown.Glossary.GlossaryTerm> glossary)
    {
        var index = BuildIndex(documents).ToJson();
        var store = documents.ToDictionary(d => d.Ref, d => new
        {
            d.Title,
            d.Summary,
            d.Section,
            d.Audiences,
            d.AudienceLabels,
            d.AgeBands,
            Text = d.Body.Length > ExcerptSourceLength ? d.Body[..ExcerptSourceLength] : d.Body,
        });
        var filters = audiences.Select(a => new { a.Id, a.Title });
        var abbreviations = Abbreviations(glossary);
        var script = $"window.SiteGenSearch = {{\"index\": {index},\n\"documents\": {JsonSerializer.Serialize(store, Json)},\n" +
            $"\"audiences\": {JsonSerializer.Serialize(filters, Json)},\n\"abbreviations\": {JsonSerializer.Serialize(abbreviations, Json)}}};\n";
        return [new OutputFile(IndexJsonPath, index), new OutputFile(IndexScriptPath, script)];
    }

    /// <summary>One-word other names from the glossary ("cse") and the term each stands for ("child sexual exploitation").</summary>
    internal static SortedDictionary<string, string> Abbreviations(IReadOnlyList<Markdown.Glossary.GlossaryTerm> glossary)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in glossary)
        {
            foreach (var name in term.Names.Skip(1).Where(n => !n.Contains(' ', StringComparison.Ordinal)))
            {
                result.TryAdd(name.ToLowerInvariant(), term.Name.ToLowerInvariant());
            }
        }

        return result;
    }
}
