using SiteGen.Search.Shards;

namespace SiteGen.Bench;

/// <summary>One line on the search index a build wrote: how many files of each kind, and how big (gzip, as a server sends each).</summary>
internal static class SearchPartsSummary
{
    /// <summary>The manifest, shards, fragments and on-demand files in <paramref name="output"/>, and the file count.</summary>
    public static string Describe(string output, int? documents)
    {
        static List<long> Gzips(string folder) => Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.js").Select(f => (long)Format.Gzipped(File.ReadAllBytes(f))).Order()]
            : [];
        long One(string sitePath) => File.Exists(Path.Combine(output, sitePath)) ? Format.Gzipped(File.ReadAllBytes(Path.Combine(output, sitePath))) : 0;
        static string Spread(List<long> sizes) => sizes.Count == 0 ? "none" :
            $"{Format.Count(sizes.Count)} files, median {Format.Kilobytes(sizes[sizes.Count / 2])}, largest {Format.Kilobytes(sizes[^1])}, all {Format.Kilobytes(sizes.Sum())}";

        var shards = Gzips(Path.Combine(output, "search", "t"));
        var pages = Gzips(Path.Combine(output, "search", "p"));
        var files = shards.Count + pages.Count + 3;
        return $"{Format.Count(files)} files{(documents is { } d ? $" for {Format.Count(d)} pages" : "")}: manifest {Format.Kilobytes(One(SearchShards.ManifestPath))}; " +
            $"term shards {Spread(shards)}; page fragments {Spread(pages)}; vocabulary {Format.Kilobytes(One(SearchShards.TermsPath))} and titles {Format.Kilobytes(One(SearchShards.TitlesPath))} (loaded only for fuzzy, leading-wildcard and stop-word queries). All sizes gzip.";
    }
}
