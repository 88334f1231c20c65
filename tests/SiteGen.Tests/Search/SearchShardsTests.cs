using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Search;
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
        var output = NodeProcess.Run([LunrNode.Fixture("shards-driver.mjs"), LunrNode.LunrPackageDirectory, _folder, source], JsonSerializer.Serialize(KeptQueries),
            TimeSpan.FromMinutes(2), "the shard tests run lunr.js itself.");
        using var reply = JsonDocument.Parse(output);

        var shardCount = reply.RootElement.GetProperty("shardCount").GetInt32();
        foreach (var answer in reply.RootElement.GetProperty("answers").EnumerateArray())
        {
            var query = answer.GetProperty("query").GetString();
            Assert.True(answer.GetProperty("expected").ToString() == answer.GetProperty("partial").ToString(),
                $"'{query}' ranks differently on its shards ({answer.GetProperty("parts")}):\n{answer.GetProperty("partial")}\nnot\n{answer.GetProperty("expected")}");
        }

        var grooming = reply.RootElement.GetProperty("answers")[0];
        Assert.True(grooming.GetProperty("expected").GetArrayLength() > 5, "too few results to tell");
        Assert.Equal(1, grooming.GetProperty("shards").GetInt32());
        Assert.True(shardCount > 5, $"only {shardCount} shards");
        Assert.True(reply.RootElement.GetProperty("otherBuildRefused").GetBoolean(), "a shard of another build than the manifest's was used");
        Assert.All(files.Where(f => f.Path.StartsWith("search/t/", StringComparison.Ordinal)), f => Assert.True(Gzip(f.Text!) <= SearchShards.ShardTarget + 64, $"{f.Path} is {Gzip(f.Text!)} bytes gzip"));
    }

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
