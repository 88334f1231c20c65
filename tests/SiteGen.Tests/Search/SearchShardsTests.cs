using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Search;
using SiteGen.Search.Lunr;
using SiteGen.Search.Shards;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// The example site's index in parts: lunr.js, given only the shards a query's terms fall in
/// (as the theme's site-search/src/index-parts.mjs chooses them and builds the index), finds the
/// same pages in the same order with the same scores as the whole index, and a one-word query
/// needs one small shard.
/// </summary>
public sealed class SearchShardsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-shards-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>
    /// What readers type, kept: single words, stems, two words, a phrase the site does not hold, a
    /// misspelling, a word half typed past its stem, an abbreviation, stop words only, and lunr's
    /// own syntax (fields, wildcards, fuzziness, must and must not, and syntax that is not valid).
    /// </summary>
    private static readonly string[] KeptQueries = ["grooming", "groomed", "missing from home", "miss*", "title:missing", "+online -grooming", "-online",
        "signs of exploitation", "county lines", "exploitaton~1", "*ing", "xyzzy plugh", "exploitaton", "missi", "sign", "what is cse?", "what to do",
        "lesson consent 14", "screening tool", "going missing", "a+", "time: 5pm", "g*ing", "child sexual exploitation", "ch", "re", "sa", "help ch"];

    [Fact]
    public void A_query_run_on_only_the_shards_it_needs_ranks_exactly_as_the_whole_index()
    {
        var diagnostics = new DiagnosticBag();
        var loaded = SiteLoader.Load(new BuildOptions { ConfigPath = Path.Combine(RepoPaths.Root, "site.yaml"), BuiltInThemes = RepoPaths.Themes }, diagnostics);
        Assert.True(loaded is not null, string.Join('\n', diagnostics.Items));
        var documents = SearchDocuments.From(loaded.Site);
        var index = SearchIndexWriter.BuildIndex(documents);
        var files = SearchShards.Files(index, documents, loaded.Config.Audiences, new Dictionary<string, string> { ["cse"] = "child sexual exploitation" });
        foreach (var file in files.Append(new("search/index.json", index.ToJson())))
        {
            var target = Path.Combine(_folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, file.Text);
        }

        var source = Path.Combine(RepoPaths.Themes, "default", "components", "site-search", "src");
        // A word that starts a shard: its shorter forms are all in the shard before it.
        var firstTerms = ShardFirstTerms(files);
        var startsShard = firstTerms.Skip(1).First(t => t.Length >= 4 && t.All(char.IsAsciiLetterLower) && LunrStemmer.Stem(t) == t);
        var output = NodeProcess.Run([LunrNode.Fixture("shards-driver.mjs"), LunrNode.LunrPackageDirectory, _folder, source], JsonSerializer.Serialize(KeptQueries.Append(startsShard)),
            TimeSpan.FromMinutes(2), "the shard tests run lunr.js itself.");
        using var reply = JsonDocument.Parse(output);

        var shardCount = reply.RootElement.GetProperty("shardCount").GetInt32();
        foreach (var answer in reply.RootElement.GetProperty("answers").EnumerateArray())
        {
            var query = answer.GetProperty("query").GetString();
            Assert.True(answer.GetProperty("expected").ToString() == answer.GetProperty("partial").ToString(),
                $"'{query}' ranks differently on its shards ({answer.GetProperty("parts")}):\n{answer.GetProperty("partial")}\nnot\n{answer.GetProperty("expected")}");
        }

        // A last word typed whole (a word of the index, or the start of one) loads the shards of
        // the query's own terms and no others: not those of the shorter forms that a word half
        // typed past its stem ("missi") is tried as.
        foreach (var answer in reply.RootElement.GetProperty("answers").EnumerateArray())
        {
            var query = answer.GetProperty("query").GetString()!;
            if (query != startsShard && query is not ("grooming" or "missing from home" or "signs of exploitation" or "county lines" or "going missing" or "sign" or "child sexual exploitation"))
            {
                continue;
            }

            var words = query.Split(' ').Where(w => !LunrStopWordFilter.IsStopWord(w)).ToList();
            var expected = words.SelectMany(w => ShardsHolding(firstTerms, LunrStemmer.Stem(w), LunrStemmer.Stem(w)))
                .Concat(ShardsHolding(firstTerms, words[^1], words[^1] + '\uffff')).Distinct().Order().Select(n => $"t/{n}");
            var shardsLoaded = answer.GetProperty("parts").EnumerateArray().Select(p => p.GetString()!).Where(p => p.StartsWith("t/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            Assert.True(string.Join(' ', expected.Order(StringComparer.Ordinal)) == string.Join(' ', shardsLoaded),
                $"'{query}' loaded the shards {string.Join(' ', shardsLoaded)}, not only its own terms' {string.Join(' ', expected)}");
        }

        var grooming = reply.RootElement.GetProperty("answers")[0];
        Assert.True(grooming.GetProperty("expected").GetArrayLength() > 5, "too few results to tell");
        Assert.Equal(1, grooming.GetProperty("shards").GetInt32());
        Assert.True(shardCount > 5, $"only {shardCount} shards");
        Assert.True(reply.RootElement.GetProperty("otherBuildRefused").GetBoolean(), "a shard of another build than the manifest's was used");
        Assert.All(files.Where(f => f.Path.StartsWith("search/t/", StringComparison.Ordinal)), f => Assert.True(Gzip(f.Text!) <= SearchShards.ShardTarget + 64, $"{f.Path} is {Gzip(f.Text!)} bytes gzip"));
    }

    // Each shard's first term, from the manifest (the first shard's is "").
    private static List<string> ShardFirstTerms(IEnumerable<OutputFile> files)
    {
        var manifest = files.Single(f => f.Path == SearchShards.ManifestPath).Text!;
        var json = manifest[(manifest.IndexOf('(', StringComparison.Ordinal) + 1)..manifest.LastIndexOf(')')];
        using var parsed = JsonDocument.Parse(json);
        return [.. parsed.RootElement.GetProperty("shards").EnumerateArray().Select(t => t.GetString()!)];
    }

    // The shards whose terms overlap from..to (UTF-16 order), as the search script finds them.
    private static IEnumerable<int> ShardsHolding(List<string> firstTerms, string from, string to) =>
        Enumerable.Range(0, firstTerms.Count).Where(i => string.CompareOrdinal(firstTerms[i], to) <= 0
            && (i + 1 == firstTerms.Count || string.CompareOrdinal(firstTerms[i + 1], from) > 0));

    private static int Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) // as the writer measures, and a web server sends
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return (int)buffer.Length;
    }
}
