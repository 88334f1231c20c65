using System.Globalization;
using System.Runtime.InteropServices;

namespace SiteGen.Bench;

/// <summary>
/// The benchmark: for each corpus size, SiteGen, Hugo and Eleventy built as cold processes with a
/// table of their times, memory and ratios, and SiteGen's stages and search index; SiteGen's site
/// search against Pagefind's in Chromium on the same built site; then how long
/// <c>sitegen serve</c> takes from a save to the reload, and what a reader downloads on the example
/// site. It prints figures and never asserts them: speed is a figure to watch, not a test to pass.
/// </summary>
public static class Harness
{
    /// <summary>Runs the benchmark; tables go to <paramref name="output"/>, progress to <paramref name="log"/>. Returns the exit code.</summary>
    public static async Task<int> Run(IReadOnlyList<string> args, TextWriter output, TextWriter log)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            log.WriteLine($"bench: {ex.Message}");
            log.WriteLine(BenchOptions.Usage);
            return 2;
        }

        if (options.Help)
        {
            output.WriteLine(BenchOptions.Usage);
            return 0;
        }

        var folder = Path.Combine(Path.GetTempPath(), "sitegen-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await Measure(options, folder, output, log);
        }
        finally
        {
            if (options.Keep)
            {
                log.WriteLine($"The corpora and their outputs are kept in {folder}.");
            }
            else if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return 0;
    }

    private static async Task Measure(BenchOptions options, string folder, TextWriter output, TextWriter log)
    {
        if (options.AsShipped)
        {
            Repository.UseAsShipped(log);
        }
        else
        {
            Repository.UseAsBuilt();
        }

        var tools = BuildTool.For(options, log);
        var running = tools.Where(t => t.Missing is null).ToList();
        output.WriteLine($"# SiteGen benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        output.WriteLine();
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; load average {LoadAverage()} at the start. Harness built in {Repository.Configuration}.");
        output.WriteLine($"Each tool runs as a cold process, alternating, one warm-up run then {options.Runs} timed; the median is shown.");
        if (Repository.Compiled is { } compiled)
        {
            output.WriteLine($"SiteGen is published as its packed tool ships for this machine ({compiled}: dotnet publish -r {RuntimeInformation.RuntimeIdentifier}): its code is compiled ahead of time, not as it runs.");
        }
        else
        {
            output.WriteLine("SiteGen runs as dotnet build leaves it (--as-built): its code is compiled as it runs, not ahead of time as its packed tool ships.");
        }
        if (!ColdProcess.MeasuresMemory)
        {
            output.WriteLine($"Peak memory: not measured, {ColdProcess.GnuTime} is missing (apt-get install time).");
        }

        foreach (var tool in tools.Where(t => t.Missing is not null))
        {
            output.WriteLine($"{tool.Id} skipped: {tool.Missing}.");
        }

        var search = options.SearchSizes.Count == 0 ? null : await SearchPeers(options, log);
        if (search is { Missing: { } missing })
        {
            output.WriteLine($"search comparison skipped: {missing}.");
        }

        try
        {
            await MeasureSizes(options, folder, running, search is { Missing: null } ? search : null, output, log);
        }
        finally
        {
            if (search?.Browser is { } browser)
            {
                await browser.DisposeAsync();
            }
        }
    }

    private static async Task MeasureSizes(BenchOptions options, string folder, List<BuildTool> running, SearchPeers? search, TextWriter output, TextWriter log)
    {
        var searches = new List<SearchResult>();
        using var searchNotes = new StringWriter();
        foreach (var pages in options.Pages)
        {
            log.WriteLine($"Writing a corpus of {pages} generated pages.");
            var corpus = Corpus.Write(Path.Combine(folder, pages.ToString(CultureInfo.InvariantCulture)), pages, [.. running.Select(t => t.Id)]);
            output.WriteLine();
            output.WriteLine($"## {Format.Count(pages)} generated pages ({Format.Count(corpus.MarkdownPages)} Markdown pages with the example site and the section pages)");
            output.WriteLine();
            if (running.Count > 0)
            {
                BuildTable.Write(corpus, await BuildComparison.Run(corpus, running, options.Runs, log), output);
                output.WriteLine();
            }

            if (running.Any(t => t.Id == "sitegen"))
            {
                StageBreakdown.Write(corpus, options.Runs, output, log);
            }

            if (search is not null && options.SearchSizes.Contains(pages))
            {
                searches.AddRange(await CompareSearch(corpus, search, options, searchNotes, log));
            }

            output.WriteLine($"Load average after this size: {LoadAverage()}.");
            if (!options.Keep)
            {
                Directory.Delete(corpus.Folder, recursive: true);
            }
        }

        if (search is not null)
        {
            foreach (var pages in options.SearchSizes.Except(options.Pages))
            {
                log.WriteLine($"Writing a corpus of {pages} generated pages for the search comparison.");
                var corpus = Corpus.Write(Path.Combine(folder, $"search-{pages}"), pages, ["sitegen"]);
                searches.AddRange(await CompareSearch(corpus, search, options, searchNotes, log));
                if (!options.Keep)
                {
                    Directory.Delete(corpus.Folder, recursive: true);
                }
            }

            output.WriteLine();
            output.WriteLine($"## Site search: SiteGen and Pagefind (\"{SearchComparison.Queries[0]}\", then \"{SearchComparison.Queries[1]}\")");
            output.WriteLine();
            SearchTable.Write(searches, output);
            output.WriteLine();
            output.Write(searchNotes.ToString());
        }

        if (!options.Tools.Contains("sitegen"))
        {
            return;
        }

        if (options.ServePages > 0)
        {
            output.WriteLine();
            output.WriteLine($"## Rebuild in sitegen serve ({options.ServeEdits} edits of each kind)");
            output.WriteLine();
            log.WriteLine($"Serving a corpus of {options.ServePages} generated pages.");
            await ServeRebuild.Write(Path.Combine(folder, "serve"), options.ServePages, options.ServeEdits, output, log);
        }

        output.WriteLine();
        output.WriteLine("## Page weight");
        output.WriteLine();
        log.WriteLine("Building the example site for its page weight.");
        PageWeight.Write(Path.Combine(folder, "example-output"), output);
    }

    /// <summary>
    /// The search comparison at one size; a search that never shows its results (SiteGen's whole
    /// index on the slow profile at 10,000 pages can take longer than the harness waits) is a note,
    /// not the end of the run.
    /// </summary>
    private static async Task<IReadOnlyList<SearchResult>> CompareSearch(Corpus corpus, SearchPeers search, BenchOptions options, TextWriter notes, TextWriter log)
    {
        try
        {
            return await SearchComparison.Run(corpus, search.Pagefind, search.Browser!, options.Runs, notes, log);
        }
        catch (InvalidOperationException e)
        {
            notes.WriteLine($"The search comparison at {Format.Count(corpus.Generated)} pages did not finish: {e.Message}");
            log.WriteLine($"  search comparison failed: {e.Message}");
            return [];
        }
    }

    /// <summary>Pagefind and Chromium for the search comparison, or why it cannot run.</summary>
    private static async Task<SearchPeers> SearchPeers(BenchOptions options, TextWriter log)
    {
        var pagefind = PagefindTool.Find(options.Install, log);
        if (pagefind.Missing is not null)
        {
            return new SearchPeers(pagefind, null, pagefind.Missing);
        }

        try
        {
            return new SearchPeers(pagefind, await SearchBrowser.Launch(), null);
        }
        catch (InvalidOperationException e)
        {
            return new SearchPeers(pagefind, null, e.Message);
        }
    }

    /// <summary>The 1, 5 and 15 minute load averages, to tell a busy machine's figures from an idle one's.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
