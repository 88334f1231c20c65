using System.Text.Json;
using SiteGen.Search;
using SiteGen.Search.Lunr;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// The index of a language lunr has no stemmer for (Urdu, Polish): words kept as written,
/// punctuation of any script trimmed exactly as the search script trims a query, so that what a
/// reader types meets what the index holds.
/// </summary>
public sealed class PlainWordsTests
{
    private static readonly string[] Tokens =
    [
        "فکر؟", "۔مدد", "«بچے»", "ہے۔", "صفحۂ", "بِچّہ", "„dziecko”", "(pomoc),", "zaginięcie!", "Ścieżka", "99", "—", "a\u0301", "😀word😀", "١٢٣", "co-", "‏ltr‏",
    ];

    [Fact]
    public void The_builder_trims_a_word_as_the_search_script_does_in_a_real_JavaScript_engine()
    {
        // The search script's rule (components/site-search/src/query.mjs, wordEdges), run by node.
        const string script = """
            const tokens = JSON.parse(require('fs').readFileSync(0, 'utf8'));
            const start = new RegExp('^[^\\p{L}\\p{M}\\p{N}]*', 'u'), end = new RegExp('[^\\p{L}\\p{M}\\p{N}]*$', 'u');
            console.log(JSON.stringify(tokens.map(t => { const lead = start.exec(t)[0].length; const rest = t.slice(lead); return rest.slice(0, rest.length - end.exec(rest)[0].length); })));
            """;
        var output = NodeProcess.Run(["-e", script], JsonSerializer.Serialize(Tokens), TimeSpan.FromMinutes(1), "the search script's trimmer is compared with the builder's");
        var expected = JsonSerializer.Deserialize<string[]>(output)!;

        Assert.Equal(expected, Tokens.Select(UnicodeTrimmer.Trim));
        Assert.Equal("فکر", UnicodeTrimmer.Trim("فکر؟"));
        Assert.Equal("dziecko", UnicodeTrimmer.Trim("„dziecko”"));
    }

    [Fact]
    public void An_index_of_words_as_written_keeps_Urdu_and_Polish_words_that_the_English_pipeline_would_lose_or_stem()
    {
        var documents = new[]
        {
            new SearchDocument("ur/help/", "مدد حاصل کریں", "", "", "اگر آپ کو فکر ہے، تو بات کریں۔", "", "", [], [], []),
            new SearchDocument("pl/help/", "Pomoc", "", "", "Martwię się o dziecko. Dzieci mogą zadzwonić.", "", "", [], [], []),
        };

        var plain = SearchIndexWriter.BuildIndex(documents, plainWords: true).InvertedIndex.Select(p => p.Term).ToHashSet();
        var english = SearchIndexWriter.BuildIndex(documents).InvertedIndex.Select(p => p.Term).ToHashSet();

        Assert.Contains("فکر", plain);
        Assert.Contains("ہے", plain);
        Assert.Contains("dziecko", plain);
        Assert.Contains("się", plain);
        Assert.DoesNotContain("فکر", english); // lunr's trimmer keeps only [A-Za-z0-9_]: an Urdu word becomes nothing
    }
}
