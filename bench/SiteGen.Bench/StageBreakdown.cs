using System.Diagnostics;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Search;

namespace SiteGen.Bench;

/// <summary>
/// Where SiteGen's time goes on a corpus: one build inside this process (the command line has no
/// timings option; a first build in a process pays the JIT's start-up as the command does), its
/// time per stage, and the search index's build time and size.
/// </summary>
internal static class StageBreakdown
{
    /// <summary>Builds the corpus in this process and writes the stage and search index lines.</summary>
    public static void Write(Corpus corpus, int runs, TextWriter output, TextWriter log)
    {
        var options = new BuildOptions
        {
            ConfigPath = Path.Combine(corpus.SiteGenRoot, "site.yaml"),
            OutputPath = corpus.OutputOf("sitegen-in-process"),
            BuiltInThemes = Path.Combine(Repository.Root, "themes"),
        };
        log.WriteLine("  SiteGen in this process, for its stages and search index.");
        var result = SiteBuilder.Build(options);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The benchmark corpus did not build in process:\n" + string.Join('\n', result.Errors));
        }

        output.WriteLine($"SiteGen by stage (one build in this process, {Format.Time(result.Elapsed)}): " +
            string.Join(", ", result.StageTimes.Select(s => $"{s.Key.ToString().ToLowerInvariant()} {Format.Time(s.Value)}")) + ".");

        var loaded = SiteLoader.Load(options, new DiagnosticBag()) ?? throw new InvalidOperationException("The corpus does not load.");
        var documents = SearchDocuments.From(loaded.Site);
        var indexTimes = Enumerable.Range(0, runs).Select(_ =>
        {
            var clock = Stopwatch.StartNew();
            SearchIndexWriter.BuildIndex(documents);
            return clock.Elapsed;
        }).Order().ToList();
        output.WriteLine($"Search index for {Format.Count(documents.Count)} pages: built in {Format.Time(indexTimes[indexTimes.Count / 2])} (median of {runs}).");
        output.WriteLine("  " + SearchPartsSummary.Describe(options.OutputPath, documents.Count));
    }
}
