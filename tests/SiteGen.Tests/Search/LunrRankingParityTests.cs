using System.Globalization;
using System.Text.Json.Nodes;
using SiteGen.Search.Lunr;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

/// <summary>
/// Loads the C#-built and the lunr.js-built corpus indexes with <c>lunr.Index.load</c> under node,
/// runs the same queries on both, and expects the same ranked refs and scores.
/// </summary>
public sealed class LunrRankingParityTests(ITestOutputHelper output)
{
    private static readonly string[] Queries =
    [
        "missing",
        "grooming",
        "groomed",
        "groom",
        "exploitation",
        "consent",
        "the",
        "self-esteem",
        "child-on-child",
        "online grooming",
        "county lines",
        "return home interview",
        "title:missing",
        "tags:parents",
        "headings:signs",
        "body:police",
        "miss*",
        "*ation",
        "report*",
        "xylophone",
        "+consent -online",
        "+missing +police",
        "-grooming",
        "grooming^10 missing",
        "consnet~1",
        "CHILD Sexual EXPLOITATION",
        "999",
        "don't",
        "what is grooming?",
        "nosuchfield:missing",
    ];

    private static readonly Lazy<JsonArray> Results = new(() =>
    {
        var request = new JsonObject
        {
            ["command"] = "search",
            ["indexes"] = new JsonArray(JsonValue.Create(LunrParity.CorpusIndexFromCSharp), JsonValue.Create(LunrParity.CorpusIndexFromLunrJs)),
            ["queries"] = new JsonArray([.. Queries.Select(query => (JsonNode)JsonValue.Create(query))]),
        };
        return LunrNode.Run(request).AsArray();
    });

    [Fact]
    public void Every_query_ranks_the_same_on_both_indexes()
    {
        Assert.True(Queries.Length >= 20);
        Assert.Equal(Queries.Length, Results.Value.Count);
        var differences = new List<string>();
        var withResults = 0;
        for (var i = 0; i < Queries.Length; i++)
        {
            var fromCSharp = Results.Value[i]![0]!;
            var fromLunrJs = Results.Value[i]![1]!;
            if (fromLunrJs["error"] is { } error)
            {
                if (fromCSharp["error"]?.GetValue<string>() != error.GetValue<string>())
                {
                    differences.Add($"{Queries[i]}: lunr.js index throws '{error}', C# index gives {fromCSharp.ToJsonString()}");
                }

                continue;
            }

            var expected = Ranked(fromLunrJs);
            var actual = fromCSharp["results"] is null ? null : Ranked(fromCSharp);
            if (actual is null)
            {
                differences.Add($"{Queries[i]}: C# index throws {fromCSharp.ToJsonString()}");
                continue;
            }

            withResults += expected.Count > 0 ? 1 : 0;
            var sameRefs = expected.Select(result => result.Ref).SequenceEqual(actual.Select(result => result.Ref), StringComparer.Ordinal);
            var sameScores = expected.Zip(actual).All(pair => Math.Abs(pair.First.Score - pair.Second.Score) <= LunrParity.Tolerance);
            if (!sameRefs || !sameScores)
            {
                differences.Add($"{Queries[i]}:\n  lunr.js {Describe(expected)}\n  C#      {Describe(actual)}");
            }

            output.WriteLine($"{Queries[i]} -> {Describe([.. actual.Take(3)])}{(actual.Count > 3 ? $" … ({actual.Count})" : "")}");
        }

        output.WriteLine($"{Queries.Length} queries compared; {withResults} with results; {differences.Count} differ.");
        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    [Fact]
    public void Going_missing_page_ranks_first_for_missing()
    {
        var refs = RefsFromCSharpIndex("missing");
        Assert.Equal("/young-people/going-missing/", refs[0]);
        Assert.Contains("/parents-and-carers/when-your-child-goes-missing/", refs);
        Assert.Contains("/professionals/missing-episodes/", refs);
    }

    [Fact]
    public void Grooming_and_groomed_find_the_same_pages()
    {
        var grooming = RefsFromCSharpIndex("grooming");
        Assert.Equal("/young-people/grooming/", grooming[0]);
        Assert.Equal(grooming, RefsFromCSharpIndex("groomed"));
        Assert.Equal(grooming, RefsFromCSharpIndex("groom"));
    }

    [Fact]
    public void Stop_words_and_unknown_words_find_nothing()
    {
        Assert.Empty(RefsFromCSharpIndex("the"));
        Assert.Empty(RefsFromCSharpIndex("xylophone"));
    }

    [Fact]
    public void Field_scoped_and_wildcard_queries_find_the_right_pages()
    {
        var titled = RefsFromCSharpIndex("title:missing");
        Assert.Equal(3, titled.Count);
        Assert.All(titled, reference => Assert.Contains("missing", reference, StringComparison.Ordinal));

        var wildcard = RefsFromCSharpIndex("miss*");
        Assert.Contains("/young-people/going-missing/", wildcard);
        Assert.True(wildcard.Count >= RefsFromCSharpIndex("missing").Count);
    }

    [Fact]
    public void Required_and_prohibited_terms_are_honoured()
    {
        var documents = LunrTestDocument.LoadCorpus().ToDictionary(document => document.Properties["id"]!, StringComparer.Ordinal);
        var refs = RefsFromCSharpIndex("+consent -online");

        Assert.NotEmpty(refs);
        Assert.All(refs, reference =>
        {
            var terms = documents[reference].Properties.Values
                .SelectMany(text => LunrPipeline.CreateBuildPipeline().Run(LunrTokenizer.Tokenize(text)))
                .Select(token => token.Value)
                .ToHashSet(StringComparer.Ordinal);
            Assert.Contains("consent", terms);
            Assert.DoesNotContain("onlin", terms);
        });
    }

    private static List<string> RefsFromCSharpIndex(string query)
    {
        var i = Array.IndexOf(Queries, query);
        Assert.True(i >= 0, $"'{query}' is not among the queries");
        var fromCSharp = Results.Value[i]![0]!;
        Assert.Null(fromCSharp["error"]);
        return [.. Ranked(fromCSharp).Select(result => result.Ref)];
    }

    private static List<(string Ref, double Score)> Ranked(JsonNode reply) =>
        [.. reply["results"]!.AsArray().Select(result => (result!["ref"]!.GetValue<string>(), result["score"]!.GetValue<double>()))];

    private static string Describe(IReadOnlyList<(string Ref, double Score)> results) =>
        "[" + string.Join(", ", results.Select(result => string.Create(CultureInfo.InvariantCulture, $"{result.Ref} {result.Score:0.#####}"))) + "]";
}
