using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SiteGen.Output;
using SiteGen.Search.Lunr;

namespace SiteGen.Search.Shards;

/// <summary>
/// The search index in parts, so that a search loads only what it needs (docs/design/search-shards.md):
/// a small manifest; the terms in shards of about <see cref="ShardTarget"/> bytes gzip, each term with,
/// per field, its documents and their BM25 weights as lunr stores them; one fragment per page with
/// what a result shows; and the vocabulary and titles for the rare queries that need all of them.
/// Every file is a classic script calling <c>SiteGenSearchParts</c>, so a site opened from disk can
/// load them. A partial lunr index built from the shards a query needs ranks exactly as the whole.
/// </summary>
/// <remarks>Not yet loaded by the theme's search: the browser side comes with it (the search issue).</remarks>
public static class SearchShards
{
    /// <summary>The manifest's site path.</summary>
    public const string ManifestPath = "search/manifest.js";

    /// <summary>The vocabulary's site path (every term, for fuzzy and leading-wildcard queries).</summary>
    public const string TermsPath = "search/terms.js";

    /// <summary>The titles' site path (for a query of stop words only).</summary>
    public const string TitlesPath = "search/titles.js";

    /// <summary>
    /// The gzip size a shard is cut at (measured at the level web servers use): a common term's
    /// postings fill about a quarter of it at 10,000 pages. A term bigger than this has a shard of its own.
    /// </summary>
    public const int ShardTarget = 4096;

    /// <summary>The site path of shard <paramref name="number"/>.</summary>
    public static string ShardPath(int number) => $"search/t/{number}.js";

    /// <summary>The site path of the fragment of document <paramref name="id"/>.</summary>
    public static string PagePath(int id) => $"search/p/{id}.js";

    private const int ExcerptSourceLength = 6000;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The files of the index in parts.</summary>
    /// <param name="index">The lunr index of <paramref name="documents"/>, built in their order.</param>
    /// <param name="documents">The searchable pages, in the order they were indexed.</param>
    /// <param name="audiences">The site's audiences in site.yaml order, for the search page's filters.</param>
    /// <param name="abbreviations">One-word other names and the terms they stand for.</param>
    public static IReadOnlyList<OutputFile> Files(LunrIndex index, IReadOnlyList<SearchDocument> documents, IReadOnlyList<Configuration.Audience> audiences,
        IReadOnlyDictionary<string, string> abbreviations)
    {
        var ids = documents.Select((d, i) => (d.Ref, i)).ToDictionary(d => d.Ref, d => d.i, StringComparer.Ordinal);
        var weights = Weights(index, ids);
        var entries = index.InvertedIndex.AsParallel().AsOrdered().Select(posting => Entry(posting, index.Fields, ids, weights)).ToList();
        var shards = Cut(entries);

        var files = new List<OutputFile>();
        var firstTerms = new List<string>();
        var start = 0;
        for (var n = 0; n < shards.Count; n++)
        {
            firstTerms.Add(n == 0 ? "" : index.InvertedIndex[start].Term);
            files.Add(new OutputFile(ShardPath(n), $"SiteGenSearchParts.shard({n},[{string.Join(',', entries.Skip(start).Take(shards[n]))}]);\n"));
            start += shards[n];
        }

        var manifest = new
        {
            V = 1,
            Fields = index.Fields,
            Docs = documents.Count,
            Shards = firstTerms,
            Audiences = audiences.Select(a => new { a.Id, a.Title }),
            DocAudiences = documents.Select(d => audiences.Select((a, i) => d.Audiences.Contains(a.Id) ? 1 << i : 0).Sum()),
            Abbreviations = abbreviations,
        };
        files.Add(new OutputFile(ManifestPath, $"SiteGenSearchParts.manifest({JsonSerializer.Serialize(manifest, Json)});\n"));
        files.Add(new OutputFile(TermsPath, $"SiteGenSearchParts.terms({JsonSerializer.Serialize(index.InvertedIndex.Select(p => p.Term), Json)});\n"));
        files.Add(new OutputFile(TitlesPath, $"SiteGenSearchParts.titles({JsonSerializer.Serialize(documents.Select(d => d.Title), Json)});\n"));
        files.AddRange(documents.AsParallel().AsOrdered().Select((d, id) => new OutputFile(PagePath(id), $"SiteGenSearchParts.page({id},{JsonSerializer.Serialize(Fragment(d), Json)});\n")));
        return files;
    }

    private static object Fragment(SearchDocument d) => new
    {
        d.Ref,
        d.Title,
        d.Summary,
        d.Section,
        d.AudienceLabels,
        d.AgeBands,
        Text = d.Body.Length > ExcerptSourceLength ? d.Body[..ExcerptSourceLength] : d.Body,
    };

    /// <summary>Each (term index, field) with each document's stored weight, from the field vectors.</summary>
    private static Dictionary<(int Term, string Field), Dictionary<int, double>> Weights(LunrIndex index, Dictionary<string, int> ids)
    {
        var weights = new Dictionary<(int, string), Dictionary<int, double>>();
        foreach (var vector in index.FieldVectors)
        {
            var slash = vector.FieldRef.IndexOf('/', StringComparison.Ordinal);
            var (field, doc) = (vector.FieldRef[..slash], ids[vector.FieldRef[(slash + 1)..]]);
            foreach (var element in vector.Elements)
            {
                if (!weights.TryGetValue((element.TermIndex, field), out var byDoc))
                {
                    weights[(element.TermIndex, field)] = byDoc = [];
                }

                byDoc[doc] = element.Score;
            }
        }

        return weights;
    }

    /// <summary>
    /// One term: <c>[term, _index, docs, weights, ...]</c> for each field in order, the documents as
    /// ascending ids each written as the step from the one before, and the weights as lunr's
    /// three-decimal scores times 1,000; a field without the term is <c>0</c>.
    /// </summary>
    private static string Entry(LunrPosting posting, IReadOnlyList<string> fields, Dictionary<string, int> ids, Dictionary<(int, string), Dictionary<int, double>> weights)
    {
        var entry = new StringBuilder().Append('[').Append(JsonSerializer.Serialize(posting.Term)).Append(',').Append(posting.TermIndex);
        foreach (var field in fields)
        {
            var docs = posting.Fields.FirstOrDefault(f => f.Field == field)?.DocumentRefs.Select(r => ids[r]).Order().ToList() ?? [];
            if (docs.Count == 0)
            {
                entry.Append(",0");
                continue;
            }

            var byDoc = weights[(posting.TermIndex, field)];
            entry.Append(",[").AppendJoin(',', docs.Select((d, i) => i == 0 ? d : d - docs[i - 1])).Append("],[")
                .AppendJoin(',', docs.Select(d => (long)Math.Round(byDoc[d] * 1000))).Append(']');
        }

        return entry.Append(']').ToString();
    }

    /// <summary>How many entries each shard takes: as many as fit <see cref="ShardTarget"/> gzip, at least one.</summary>
    private static List<int> Cut(List<string> entries)
    {
        var counts = new List<int>();
        for (var start = 0; start < entries.Count;)
        {
            int Gzip(int count) => GzipSize(string.Join(',', entries.Skip(start).Take(count)));
            // Neighbouring shards hold about as many terms: start from the last one's count.
            var fits = 1;
            var probe = Math.Max(2, counts.LastOrDefault());
            while (start + fits < entries.Count && Gzip(Math.Min(probe, entries.Count - start)) <= ShardTarget)
            {
                fits = Math.Min(probe, entries.Count - start);
                probe *= 2;
            }

            // The largest count that fits lies between fits and the probe that did not.
            var over = Math.Min(probe, entries.Count - start + 1);
            while (over - fits > 1)
            {
                var middle = (fits + over) / 2;
                (fits, over) = Gzip(middle) <= ShardTarget ? (middle, over) : (fits, middle);
            }

            counts.Add(fits);
            start += fits;
        }

        return counts;
    }

    private static int GzipSize(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) // as a web server sends it
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return (int)buffer.Length;
    }
}
