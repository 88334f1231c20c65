using System.Globalization;
using System.Text.Json;
using SiteGen.Search.Lunr;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

/// <summary>The serialised index built in C# against the one lunr.js 2.3.9 builds from the same documents.</summary>
public sealed class LunrIndexParityTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_index_matches_lunr_js()
    {
        var documents = LunrTestDocument.LoadCorpus();
        Assert.True(documents.Count >= 30, $"The corpus has only {documents.Count} documents");

        LunrParity.AssertJsonEquivalent(LunrParity.CorpusIndexFromLunrJs, LunrParity.CorpusIndexFromCSharp);

        using var index = JsonDocument.Parse(LunrParity.CorpusIndexFromCSharp);
        var root = index.RootElement;
        output.WriteLine(
            $"{documents.Count} documents, {root.GetProperty("invertedIndex").GetArrayLength()} terms, " +
            $"{root.GetProperty("fieldVectors").GetArrayLength()} field vectors: identical to lunr.js.");
    }

    [Fact]
    public void Corpus_index_text_is_what_JSON_stringify_writes()
    {
        // Stronger than the structural comparison: every number is formatted as JavaScript formats it.
        Assert.Equal(LunrParity.CorpusIndexFromLunrJs, LunrParity.CorpusIndexFromCSharp);
    }

    [Fact]
    public void Edge_cases_index_matches_lunr_js()
    {
        (string Name, double? Boost)[] fields = [("title", 2), ("body", null), ("10", 3), ("2", 0), ("notes", 1.5)];
        LunrTestDocument[] documents =
        [
            Document("7", ("title", "Integer-like refs"), ("body", "come first in JavaScript objects"), ("10", "ten"), ("2", "two")),
            Document("b", ("title", "Missing fields"), ("body", "This document has no notes field and no numbered fields")),
            Document("a", ("title", null), ("body", "A null title is indexed as empty"), ("notes", "null")),
            Document("1", ("title", ""), ("body", "   "), ("notes", "Empty strings and white space only")),
            Document("0", ("title", "... — & … !!"), ("body", "Punctuation-only tokens become the empty term")),
            Document("4294967294", ("title", "The largest array index"), ("body", "sorts numerically")),
            Document("4294967295", ("title", "Not an array index"), ("body", "keeps insertion order")),
            Document("01", ("title", "Leading zero"), ("body", "is not canonical so not an index")),
            Document("docs/with/slashes", ("title", "Refs may contain slashes"), ("body", "only fields may not")),
            Document("boosted", 3, ("title", "Boosted document"), ("body", "document boost three")),
            Document("zero-boost", 0, ("title", "Zero boost counts as one"), ("body", "falsy boost")),
            Document("unicode", ("title", "ΟΔΥΣΣΕΥΣ İstanbul Café"), ("body", "naïve façade straße 子供")),
            Document("repeat", ("title", "Repeated terms repeated terms"), ("body", "grooming groomed grooms groom grooming")),
            Document("b", ("title", "Duplicate ref replaces vectors"), ("body", "but lunr keeps the old postings and counts it twice")),
            Document("long", ("title", "A long body"), ("body", string.Join(' ', Enumerable.Repeat("exploitation safeguarding consent missing", 40)))),
            Document("extra", ("title", "Extra properties"), ("body", "ignored"), ("unindexed", "not a field")),
        ];

        var fromLunrJs = LunrNode.BuildIndex("ref", fields, documents);
        var fromCSharp = LunrParity.BuildWithCSharp("ref", fields, documents);

        LunrParity.AssertJsonEquivalent(fromLunrJs, fromCSharp);
        Assert.Equal(fromLunrJs, fromCSharp);
    }

    [Fact]
    public void Empty_builder_matches_lunr_js()
    {
        (string Name, double? Boost)[] fields = [("title", 10), ("body", null)];
        var fromLunrJs = LunrNode.BuildIndex("id", fields, []);
        var fromCSharp = LunrParity.BuildWithCSharp("id", fields, []);

        Assert.Equal(fromLunrJs, fromCSharp);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_documents_index_like_lunr_js(int seed)
    {
        // Words of the corpus mixed with awkward ones, random field sets and boosts, refs that
        // repeat or look like array indices, fields that are absent or null.
        var random = new Random(seed);
        string[] awkward = ["—", "...", "&", "ΑΣ", "İ", "--", "\u00A0", "the", "a", "🙂", "x🙂y", "12", "007", "constructor", "__proto__"];
        var vocabulary = LunrTestDocument.LoadCorpus()
            .SelectMany(document => document.Properties.Values)
            .SelectMany(text => (text ?? "").Split(' ', '\n'))
            .Concat(awkward)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        string[] names = ["title", "body", "3", "tags", "notes"];
        var fields = names.Take(random.Next(1, names.Length + 1))
            .Select(name => (name, random.Next(4) == 0 ? (double?)null : Math.Round(random.NextDouble() * 20, random.Next(0, 4))))
            .ToArray();
        var documents = new List<LunrTestDocument>();
        for (var i = random.Next(20, 120); i > 0; i--)
        {
            var reference = random.Next(5) == 0 ? random.Next(0, 40).ToString(CultureInfo.InvariantCulture) : "doc" + random.Next(0, 150);
            var properties = new Dictionary<string, string?>(StringComparer.Ordinal) { ["id"] = reference };
            foreach (var (name, _) in fields)
            {
                switch (random.Next(10))
                {
                    case 0:
                        break;
                    case 1:
                        properties[name] = null;
                        break;
                    default:
                        var words = Enumerable.Range(0, random.Next(0, 60)).Select(_ => vocabulary[random.Next(vocabulary.Length)]);
                        properties[name] = string.Join(random.Next(3) == 0 ? "-" : " ", words);
                        break;
                }
            }

            documents.Add(new LunrTestDocument(properties, random.Next(4) == 0 ? Math.Round(random.NextDouble() * 5, 2) : null));
        }

        LunrParity.AssertJsonEquivalent(LunrNode.BuildIndex("id", fields, documents), LunrParity.BuildWithCSharp("id", fields, documents));
    }

    [Fact]
    public void The_corpus_added_all_at_once_in_parallel_is_the_index_lunr_js_builds()
    {
        var documents = LunrTestDocument.LoadCorpus().Where(d => d.Boost is null).ToList();
        var builder = new LunrIndexBuilder();
        builder.Ref("id");
        foreach (var (name, boost) in LunrParity.CorpusFields)
        {
            builder.Field(name, boost ?? 1);
        }

        builder.AddRange([.. documents.Select(d => d.Properties)]);

        Assert.True(documents.Count >= 30, $"the corpus has only {documents.Count} documents");
        LunrParity.AssertJsonEquivalent(LunrNode.BuildIndex("id", LunrParity.CorpusFields, documents), builder.Build().ToJson());
    }

    private static LunrTestDocument Document(string reference, params (string Field, string? Value)[] fields) =>
        Document(reference, null, fields);

    private static LunrTestDocument Document(string reference, double? boost, params (string Field, string? Value)[] fields)
    {
        var properties = new Dictionary<string, string?>(StringComparer.Ordinal) { ["ref"] = reference };
        foreach (var (field, value) in fields)
        {
            properties[field] = value;
        }

        return new LunrTestDocument(properties, boost);
    }
}
