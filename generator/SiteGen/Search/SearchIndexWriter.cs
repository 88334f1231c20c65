using SiteGen.Output;
using SiteGen.Search.Lunr;
using SiteGen.Search.Shards;

namespace SiteGen.Search;

/// <summary>
/// The site's search files: the lunr index of its pages, written in parts
/// (<see cref="SearchShards"/>) that a search box loads only when a visitor starts to search, and
/// then only the parts the query needs, so search works from file:// and a big site stays light.
/// </summary>
public static class SearchIndexWriter
{
    /// <summary>The site path of the search page.</summary>
    public const string PagePath = "search/";

    /// <summary>What a search box loads first: the manifest of the index's parts.</summary>
    public const string EntryScriptPath = SearchShards.ManifestPath;

    /// <summary>Field boosts: a word in the title says most about a page, a word in the body least.</summary>
    private static readonly (string Field, double Boost)[] Fields = [("title", 10), ("headings", 5), ("tags", 3), ("body", 1)];

    /// <summary>Builds the lunr index of the documents.</summary>
    /// <param name="documents">The searchable pages.</param>
    /// <param name="plainWords">True for a language lunr has no stemmer for: words as written (<see cref="LunrPipeline.CreatePlainBuildPipeline"/>).</param>
    public static LunrIndex BuildIndex(IReadOnlyList<SearchDocument> documents, bool plainWords = false)
    {
        var builder = plainWords
            ? new LunrIndexBuilder { Pipeline = LunrPipeline.CreatePlainBuildPipeline(), SearchPipeline = new LunrPipeline() }
            : new LunrIndexBuilder();
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
    public static IReadOnlyList<OutputFile> Files(IReadOnlyList<SearchDocument> documents, IReadOnlyList<Configuration.Audience> audiences,
        IReadOnlyList<Markdown.Glossary.GlossaryTerm> glossary) =>
        SearchShards.Files(BuildIndex(documents), documents, audiences, Abbreviations(glossary));

    /// <summary>
    /// The search files of one of the site's other languages, under <c>search/&lt;code&gt;/</c>: its
    /// translations alone, their words as written (lunr has no stemmer for Urdu or Polish, so a
    /// reader finds a word as it is written rather than a wrong English stem of it).
    /// </summary>
    /// <param name="documents">The language's searchable translations.</param>
    /// <param name="audiences">The site's audiences, for the search page's filters.</param>
    /// <param name="language">The language's code.</param>
    public static IReadOnlyList<OutputFile> Files(IReadOnlyList<SearchDocument> documents, IReadOnlyList<Configuration.Audience> audiences, string language) =>
        SearchShards.Files(BuildIndex(documents, plainWords: true), documents, audiences, new Dictionary<string, string>(), SearchShards.FolderOf(language), plainWords: true);

    /// <summary>The manifest a search box loads first on a page in <paramref name="language"/> (null for the site's own).</summary>
    public static string EntryScriptPathFor(string? language) => SearchShards.ManifestPathIn(SearchShards.FolderOf(language));

    /// <summary>The search page for readers of <paramref name="language"/> (null for the site's own).</summary>
    public static string PagePathFor(string? language) => language is null ? PagePath : $"{language}/{PagePath}";

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
