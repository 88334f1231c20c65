using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
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
public static partial class SearchShards
{
    /// <summary>The manifest's site path: what a search box loads first.</summary>
    public const string ManifestPath = "search/manifest.js";

    /// <summary>The vocabulary's site path (every term, for fuzzy and leading-wildcard queries).</summary>
    public const string TermsPath = "search/terms.js";

    /// <summary>The titles' site path (for a query of stop words only).</summary>
    public const string TitlesPath = "search/titles.js";

    /// <summary>
    /// The gzip size a shard is cut at (measured at the level web servers use): a common term's
    /// postings fill about a third of it at 10,000 pages. A term bigger than this has a shard of its own.
    /// 3 KB rather than the design's 4 KB: a query's shards are about a quarter lighter, for 40 more
    /// files at 1,000 pages and 180 more at 10,000 (bench, December 2026); 2.5 KB saved no more.
    /// </summary>
    public const int ShardTarget = 3072;

    /// <summary>The site path of shard <paramref name="number"/>.</summary>
    public static string ShardPath(int number) => ShardPath(Folder, number);

    private static string ShardPath(string folder, int number) => $"{folder}t/{number}.js";

    /// <summary>The folder of the site's own language's index.</summary>
    public const string Folder = "search/";

    /// <summary>The folder of a language's index: <c>search/</c> for the site's own (null), <c>search/ur/</c> for Urdu.</summary>
    public static string FolderOf(string? language) => language is null ? Folder : $"{Folder}{language}/";

    /// <summary>The manifest's site path in an index's folder.</summary>
    public static string ManifestPathIn(string folder) => folder + "manifest.js";

    /// <summary>Whether a site path is one of the index's parts (the files <see cref="Files"/> writes).</summary>
    public static bool IsPart(string sitePath) =>
        sitePath.StartsWith(Folder, StringComparison.Ordinal) && sitePath.EndsWith(".js", StringComparison.Ordinal)
        && (sitePath.Contains("/t/", StringComparison.Ordinal) || sitePath.Contains("/p/", StringComparison.Ordinal)
            || sitePath.EndsWith("/manifest.js", StringComparison.Ordinal) || sitePath.EndsWith("/terms.js", StringComparison.Ordinal) || sitePath.EndsWith("/titles.js", StringComparison.Ordinal));

    /// <summary>The site path of the fragment of document <paramref name="id"/>.</summary>
    public static string PagePath(int id) => PagePath(Folder, id);

    private static string PagePath(string folder, int id) => $"{folder}p/{id}.js";

    /// <summary>
    /// Longest text kept per page for excerpts. Ten results' fragments are most of what a search
    /// loads, so the text is cut where a match is still likely: the top of a page says what it is about.
    /// </summary>
    public const int ExcerptSourceLength = 2000;

    private static readonly ShardJson Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Text in any language as it is (smaller than \u escapes); markup characters still escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    });

    /// <summary>The files of the index in parts.</summary>
    /// <param name="index">The lunr index of <paramref name="documents"/>, built in their order.</param>
    /// <param name="documents">The searchable pages, in the order they were indexed.</param>
    /// <param name="audiences">The site's audiences in site.yaml order, for the search page's filters.</param>
    /// <param name="abbreviations">One-word other names and the terms they stand for.</param>
    /// <param name="folder">The folder the parts go in (<see cref="FolderOf"/>).</param>
    /// <param name="plainWords">True when the index keeps words as written: the manifest tells the search script to do the same with a query.</param>
    public static IReadOnlyList<OutputFile> Files(LunrIndex index, IReadOnlyList<SearchDocument> documents, IReadOnlyList<Configuration.Audience> audiences,
        IReadOnlyDictionary<string, string> abbreviations, string folder = Folder, bool plainWords = false)
    {
        var weights = TermWeights.Of(index, documents.Count);
        var entries = index.InvertedIndex.AsParallel().AsOrdered().Select(posting => Entry(posting, index.Fields.Count, weights)).ToList();
        // The terms are cut into shards while the pages' fragments are written.
        var cutting = Task.Run(() => Cut(entries));
        // Each fragment is made as the file that holds it, and each shard's file from the entries
        // themselves: at 10,000 pages a second copy of every fragment and shard was 100 MB more at
        // the build's peak, which is here.
        var fragmentFiles = documents.AsParallel().AsOrdered().Select((d, id) => $"{PagePrefix}{id},{JsonSerializer.Serialize(Fragment(d), Json.PageFragment)}{PartEnd}").ToList();
        var shards = cutting.GetAwaiter().GetResult();

        var firstTerms = new List<string>();
        var start = 0;
        foreach (var count in shards)
        {
            firstTerms.Add(firstTerms.Count == 0 ? "" : index.InvertedIndex[start].Term);
            start += count;
        }

        // Shards and fragments are loaded with ?v=build, and a shard says which build it is of: a reader
        // whose browser kept an old manifest is never given a mix of two builds' term numbers. (A query
        // loads its shards before any fragment; fragments leave the build out, so an edit rewrites one.)
        var build = Build(entries, shards, fragmentFiles);
        var manifest = new Manifest(1, build, index.Fields, documents.Count, firstTerms,
            [.. audiences.Select(a => new ManifestAudience(a.Id, a.Title))],
            [.. documents.Select(d => audiences.Select((a, i) => d.Audiences.Contains(a.Id) ? 1 << i : 0).Sum())],
            abbreviations);
        var manifestJson = JsonSerializer.SerializeToNode(manifest, Json.Manifest)!.AsObject();
        if (plainWords)
        {
            manifestJson["words"] = "plain"; // only then: an English manifest is as it was
        }

        var files = new List<OutputFile>(shards.Count + documents.Count + 3)
        {
            new(ManifestPathIn(folder), $"SiteGenSearchParts.manifest({manifestJson.ToJsonString(Json.Options)});\n"),
            new(folder + "terms.js", $"SiteGenSearchParts.terms(\"{build}\",{JsonSerializer.Serialize(index.InvertedIndex.Select(p => p.Term), Json.IEnumerableString)});\n"),
            new(folder + "titles.js", $"SiteGenSearchParts.titles(\"{build}\",{JsonSerializer.Serialize(documents.Select(d => d.Title), Json.IEnumerableString)});\n"),
        };
        start = 0;
        for (var n = 0; n < shards.Count; n++)
        {
            files.Add(new OutputFile(ShardPath(folder, n), $"SiteGenSearchParts.shard(\"{build}\",{n},[{string.Join(',', CollectionsMarshal.AsSpan(entries).Slice(start, shards[n]))}]{PartEnd}"));
            start += shards[n];
        }

        files.AddRange(fragmentFiles.Select((text, id) => new OutputFile(PagePath(folder, id), text)));
        return files;
    }

    private static PageFragment Fragment(SearchDocument d) =>
        new(d.Ref, d.Title, d.Summary, d.Section, d.AudienceLabels, d.Body.Length > ExcerptSourceLength ? CutAtWord(d.Body, ExcerptSourceLength) : d.Body);

    // What the search script reads first (search/manifest.js), in this order.
    private sealed record Manifest(int V, string Build, IReadOnlyList<string> Fields, int Docs, List<string> Shards, IReadOnlyList<ManifestAudience> Audiences,
        IReadOnlyList<int> DocAudiences, IReadOnlyDictionary<string, string> Abbreviations);

    private sealed record ManifestAudience(string Id, string Title);

    // A page as a result shows it (search/p/ID.js).
    private sealed record PageFragment(string Ref, string Title, string Summary, string Section, IReadOnlyList<string> AudienceLabels, string Text);

    [JsonSerializable(typeof(Manifest))]
    [JsonSerializable(typeof(PageFragment))]
    [JsonSerializable(typeof(IEnumerable<string>))]
    [JsonSerializable(typeof(string))]
    private sealed partial class ShardJson : JsonSerializerContext;

    /// <summary>The text up to <paramref name="length"/>, ending at the last whole word, so an excerpt never shows half of one.</summary>
    private static string CutAtWord(string text, int length)
    {
        var space = text.LastIndexOf(' ', length);
        return text[..(space > length / 2 ? space : length)];
    }

    // The build is the hash of each shard's entries joined with commas and each fragment, a line
    // each, read where they are rather than copied out again.
    private static string Build(List<string> entries, List<int> shards, List<string> fragmentFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var start = 0;
        foreach (var count in shards)
        {
            for (var i = start; i < start + count; i++)
            {
                if (i > start)
                {
                    hash.AppendData(","u8);
                }

                AppendUtf8(hash, entries[i]);
            }

            hash.AppendData("\n"u8);
            start += count;
        }

        foreach (var file in fragmentFiles)
        {
            var json = file.AsSpan(file.IndexOf(',', PagePrefix.Length) + 1);
            AppendUtf8(hash, json[..^PartEnd.Length]);
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private const string PagePrefix = "SiteGenSearchParts.page(";
    private const string PartEnd = ");\n";

    private static void AppendUtf8(IncrementalHash hash, ReadOnlySpan<char> text)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(text, bytes));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// One term: <c>[term, _index, docs, weights, ...]</c> for each field in order, the documents as
    /// ascending ids each written as the step from the one before, and the weights as lunr's
    /// three-decimal scores times 1,000; a field without the term is <c>0</c>.
    /// </summary>
    private static string Entry(LunrPosting posting, int fields, (int Doc, double Weight)[]?[] weights)
    {
        var entry = new StringBuilder().Append('[').Append(JsonSerializer.Serialize(posting.Term, Json.String)).Append(',').Append(posting.TermIndex);
        for (var field = 0; field < fields; field++)
        {
            if (weights[(posting.TermIndex * fields) + field] is not { } docs)
            {
                entry.Append(",0");
                continue;
            }

            entry.Append(",[");
            for (var i = 0; i < docs.Length; i++)
            {
                entry.Append(i == 0 ? "" : ",").Append(i == 0 ? docs[0].Doc : docs[i].Doc - docs[i - 1].Doc);
            }

            entry.Append("],[");
            for (var i = 0; i < docs.Length; i++)
            {
                entry.Append(i == 0 ? "" : ",").Append((long)Math.Round(docs[i].Weight * 1000));
            }

            entry.Append(']');
        }

        return entry.Append(']').ToString();
    }

    /// <summary>
    /// How many entries each shard takes: as many as fit <see cref="ShardTarget"/> gzip, at least
    /// one. The vocabulary is cut in runs of about <see cref="TextCutTogether"/> characters of
    /// entries, all of them at once on the machine's cores: one shard's cut starts where the last
    /// one's ended, and cutting the whole vocabulary in one run took a core half a second at 4,000
    /// pages while the other sat idle. Runs are measured in text, not terms, because compressing is
    /// the work: a run of common terms has long entries and takes ten times a run of rare ones.
    /// </summary>
    private static List<int> Cut(List<string> entries)
    {
        var total = entries.Sum(e => (long)e.Length);
        var runs = (int)Math.Max(1, (total + (TextCutTogether / 2)) / TextCutTogether);
        var starts = new List<int> { 0 };
        long text = 0;
        for (var i = 0; i < entries.Count && starts.Count < runs; i++)
        {
            text += entries[i].Length;
            if (text >= total * starts.Count / runs)
            {
                starts.Add(i + 1);
            }
        }

        starts.Add(entries.Count);
        // Select, then flatten: a parallel SelectMany nests its ordering keys in generic types the
        // native compiler cannot bound, and it warned that those would throw.
        return [.. Enumerable.Range(0, starts.Count - 1).AsParallel().AsOrdered().WithMergeOptions(ParallelMergeOptions.FullyBuffered)
            .Select(run => Cut(entries, starts[run], starts[run + 1])).ToList().SelectMany(counts => counts)];
    }

    /// <summary>
    /// About how much entry text is cut into shards in one run. Fixed, not taken from the core
    /// count, so that every machine cuts a site the same way. Each run may end in a shard smaller
    /// than the rest: 6 runs at 4,000 pages, which made 429 shards, as one run did.
    /// </summary>
    private const long TextCutTogether = 1024 * 1024;

    private static List<int> Cut(List<string> entries, int first, int end)
    {
        var counts = new List<int>();
        for (var start = first; start < end;)
        {
            var fits = Fit(count => GzipSize(entries, start, count), counts.LastOrDefault(), end - start);
            counts.Add(fits);
            start += fits;
        }

        return counts;
    }

    /// <summary>
    /// The largest count of the <paramref name="remaining"/> entries whose gzip size is within
    /// <see cref="ShardTarget"/>, at least one. Starting from the last shard's count
    /// (<paramref name="guess"/>), each count tried is where the target would be if the bytes an
    /// entry adds stayed as they were between the last two tried: 4.0 compressions a shard at
    /// 4,000 pages, against 4.8 when counts were tried in doubling steps and then halved. The
    /// shards are the same.
    /// </summary>
    private static int Fit(Func<int, int> gzip, int guess, int remaining)
    {
        // fits: the largest count known to fit (one always does: a shard takes at least one term,
        // whatever its size); over: the smallest known not to (one past the last entry).
        var (fits, over) = (1, remaining + 1);
        var (count, last, lastSize) = (guess, 0, GzipOverhead);
        while (over - fits > 1)
        {
            count = Math.Clamp(count, fits + 1, over - 1);
            var size = gzip(count);
            (fits, over) = size <= ShardTarget ? (count, over) : (fits, count);

            // The bytes an entry adds here: between this count and the one tried before it.
            var perEntry = Math.Max(1.0, (double)(size - lastSize) / (count - last));
            (last, lastSize) = (count, size);
            count = (int)Math.Clamp(count + Math.Floor((ShardTarget - size) / perEntry), int.MinValue, int.MaxValue);
        }

        return fits;
    }

    // The bytes of a gzip file's header and trailer, which do not grow with its entries: the
    // first count tried is scaled as if the sizes went from there.
    private const int GzipOverhead = 20;

    /// <summary>
    /// The gzip size of entries joined with commas, as a web server sends a shard of them. Each cut
    /// tries several counts, so the entries are encoded into one pooled buffer and only the
    /// compressed bytes counted. They go to the compressor in one write, as a whole shard would:
    /// written entry by entry, the compressor made different (and different-sized) output.
    /// </summary>
    private static int GzipSize(List<string> entries, int start, int count)
    {
        var length = count - 1;
        for (var i = start; i < start + count; i++)
        {
            length += Encoding.UTF8.GetByteCount(entries[i]);
        }

        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var written = 0;
            for (var i = start; i < start + count; i++)
            {
                if (i > start)
                {
                    bytes[written++] = (byte)',';
                }

                written += Encoding.UTF8.GetBytes(entries[i], bytes.AsSpan(written));
            }

            var counted = new ByteCounter();
            using (var gzip = new GZipStream(counted, CompressionLevel.Optimal, leaveOpen: true))
            {
                gzip.Write(bytes, 0, written);
            }

            return (int)counted.Length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>A stream that keeps nothing of what is written to it but its length.</summary>
    private sealed class ByteCounter : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
