using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.Build;
using SiteGen.Search;

namespace SiteGen.Bench;

/// <summary>
/// SiteGen's site search against Pagefind's on the same built site. SiteGen's output of the
/// corpus is served as it is; a copy is indexed by Pagefind (<c>pagefind --site</c>, each page's
/// <c>main</c> only) and given a search page with Pagefind's default UI (<see cref="PagefindSearchPage"/>).
/// Each is served on 127.0.0.1 (<see cref="SearchServer"/>, gzip) and searched in Chromium: a
/// reader on a content page opens the search page with a first query, then types a further query
/// into its box. It counts what went over the wire and times each until its results are shown,
/// unthrottled and on a slow phone (<see cref="NetworkProfile.SlowMobile"/>).
/// </summary>
internal static class SearchComparison
{
    /// <summary>The first query and the further one: words of the example site's text, so in every corpus.</summary>
    public static readonly IReadOnlyList<string> Queries = ["grooming", "missing from home"];

    /// <summary>How long one search may take before the harness gives up on it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Measures both tools on the corpus: a warm-up visit each (not counted: it fills the disk
    /// cache and the server's gzip cache), then <paramref name="runs"/> visits unthrottled and as
    /// many on the slow mobile profile, each in a fresh browser context. Writes a line on each
    /// tool's index, and what each one's first search fetched, to <paramref name="notes"/>.
    /// </summary>
    public static async Task<IReadOnlyList<SearchResult>> Run(Corpus corpus, PagefindTool pagefind, SearchBrowser browser, int runs, TextWriter notes, TextWriter log)
    {
        var siteGen = SiteGenOutput(corpus, log);
        var copy = corpus.OutputOf("pagefind");
        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }

        Corpus.CopyFolder(siteGen, copy);
        log.WriteLine($"  Pagefind indexing a copy of SiteGen's output ({copy}).");
        var indexing = await ColdProcess.Run(pagefind.Index(copy), BuildComparison.Patience);
        PagefindSearchPage.Write(copy);

        notes.WriteLine($"Search on {Format.Count(corpus.Generated)} generated pages: SiteGen's index: {SearchPartsSummary.Describe(siteGen, null)}");
        var bundle = Directory.EnumerateFiles(Path.Combine(copy, "pagefind"), "*", SearchOption.AllDirectories).Select(f => new FileInfo(f).Length).ToList();
        notes.WriteLine($"{pagefind.Version} (pagefind --site, each page's main) indexed the copy in {Format.Time(indexing.Wall)} (one cold run, with Node's start); its pagefind/ holds {Format.Count(bundle.Count)} files, {Format.Kilobytes(bundle.Sum())} (index chunks and fragments are stored gzipped).");

        var tools = new[]
        {
            (Ui: SearchUi.SiteGen("SiteGen"), Site: siteGen),
            (Ui: SearchUi.Pagefind("Pagefind " + pagefind.Version.Split(' ')[^1]), Site: copy),
        };
        var results = new List<SearchResult>();
        foreach (var (ui, site) in tools)
        {
            await using var server = SearchServer.Start(site);
            var warmUp = await Visit(browser, server, ui, NetworkProfile.Unthrottled);
            log.WriteLine($"  {ui.Name} search, warm-up: {Describe(warmUp)}");
            var unthrottled = new List<SearchVisit>();
            var mobile = new List<SearchVisit>();
            for (var run = 1; run <= runs; run++)
            {
                foreach (var (profile, visits) in new[] { (NetworkProfile.Unthrottled, unthrottled), (NetworkProfile.SlowMobile, mobile) })
                {
                    var visit = await Visit(browser, server, ui, profile);
                    visits.Add(visit);
                    log.WriteLine($"  {ui.Name} search, {profile.Name}, run {run} of {runs}: {Describe(visit)}");
                }
            }

            results.Add(new SearchResult(corpus.Generated, ui.Name, unthrottled, mobile));
            notes.WriteLine($"  {ui.Name}'s first search fetched: {Fetched(unthrottled[^1].First.Responses)}.");
        }

        return results;
    }

    /// <summary>
    /// SiteGen's output of the corpus: the in-process build the stage breakdown made, or, when
    /// SiteGen was not among the tools, one made now with <see cref="SiteBuilder"/>.
    /// </summary>
    private static string SiteGenOutput(Corpus corpus, TextWriter log)
    {
        var built = corpus.OutputOf("sitegen-in-process");
        if (File.Exists(Path.Combine(built, SearchIndexWriter.EntryScriptPath)))
        {
            return built;
        }

        built = corpus.OutputOf("sitegen-search");
        log.WriteLine("  SiteGen in this process, for the search comparison.");
        var result = SiteBuilder.Build(new BuildOptions
        {
            ConfigPath = Path.Combine(corpus.SiteGenRoot, "site.yaml"),
            OutputPath = built,
            BuiltInThemes = Path.Combine(Repository.Root, "themes"),
        });
        return result.Succeeded
            ? built
            : throw new InvalidOperationException("The benchmark corpus did not build for the search comparison:\n" + string.Join('\n', result.Errors));
    }

    /// <summary>A reader's visit in a fresh context: a content page, then the first search and a further query.</summary>
    private static async Task<SearchVisit> Visit(SearchBrowser browser, SearchServer server, SearchUi ui, NetworkProfile profile)
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Enqueue(error);

        var content = Path.ChangeExtension(GeneratedPages.PagePath(0), null).Replace('\\', '/') + "/";
        await page.GotoAsync(server.Url(content).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await profile.ApplyAsync(page);
        var timeout = (float)Patience.TotalMilliseconds;
        var first = await Search(page, server, ui, Queries[0], errors,
            () => page.GotoAsync(server.Url(ui.PagePath(Queries[0])).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = timeout }));
        await page.EvaluateAsync(ui.BeforeFurther);
        var further = await Search(page, server, ui, Queries[1], errors,
            () => page.FillAsync(ui.Input, Queries[1], new PageFillOptions { Timeout = timeout }));
        return new SearchVisit(first, further, await Typed(browser, server, ui, profile));
    }

    /// <summary>The search page opened without a query and left to load (not counted), then the first query typed in its box.</summary>
    private static async Task<SearchRun> Typed(SearchBrowser browser, SearchServer server, SearchUi ui, NetworkProfile profile)
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new ConcurrentQueue<string>();
        page.PageError += (_, error) => errors.Enqueue(error);
        await page.GotoAsync(server.Url(ui.PagePath(Queries[0]).Split('?')[0]).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await profile.ApplyAsync(page);
        return await Search(page, server, ui, Queries[0], errors,
            () => page.FillAsync(ui.Input, Queries[0], new PageFillOptions { Timeout = (float)Patience.TotalMilliseconds }));
    }

    /// <summary>Starts a search and waits for its results, counting what the server sent meanwhile.</summary>
    private static async Task<SearchRun> Search(IPage page, SearchServer server, SearchUi ui, string query, ConcurrentQueue<string> errors, Func<Task> start)
    {
        var mark = server.Mark;
        var clock = Stopwatch.StartNew();
        IJSHandle shown;
        try
        {
            await start();
            shown = await page.WaitForFunctionAsync(ui.Shown, query, new PageWaitForFunctionOptions { Timeout = (float)Patience.TotalMilliseconds });
        }
        catch (TimeoutException e)
        {
            throw new InvalidOperationException(
                $"{ui.Name} did not show results for \"{query}\" within {Patience.TotalMinutes:0} minutes at {page.Url}. Errors in the page: {(errors.IsEmpty ? "none" : string.Join(" | ", errors))}", e);
        }

        var time = clock.Elapsed;
        var responses = server.SentSince(mark);
        var counts = await shown.JsonValueAsync<JsonElement>();
        return new SearchRun(responses, time, counts.GetProperty("shown").GetInt32(), counts.GetProperty("total").GetInt32());
    }

    private static string Describe(SearchVisit visit) =>
        $"first {Format.Time(visit.First.Time)} ({visit.First.Responses.Count} requests, {Format.Kilobytes(visit.First.GzipBytes)} gzip, {visit.First.Shown} of {Format.Count(visit.First.Total)} results), " +
        $"further {Format.Time(visit.Further.Time)} ({visit.Further.Responses.Count} requests, {Format.Kilobytes(visit.Further.GzipBytes)} gzip), " +
        $"first key on the search page {Format.Time(visit.Typed.Time)} ({visit.Typed.Responses.Count} requests, {Format.Kilobytes(visit.Typed.GzipBytes)} gzip)";

    /// <summary>The responses by file, gzip sizes; many files of one kind in one folder (Pagefind's chunks and fragments) as one line.</summary>
    private static string Fetched(IReadOnlyList<ServedResponse> responses) =>
        string.Join(", ", responses
            .Select(r => (Path: r.Path.Split('?')[0].TrimStart('/'), r.GzipBytes, r.Status))
            .GroupBy(r => (Folder: r.Path.Contains('/', StringComparison.Ordinal) ? r.Path[..r.Path.LastIndexOf('/')] : "", Extension: Path.GetExtension(r.Path)))
            .SelectMany(g => g.Count() > 3
                ? [$"{g.Key.Folder}/*{g.Key.Extension} ×{g.Count()} {Format.Kilobytes(g.Sum(r => r.GzipBytes))}"]
                : g.Select(r => $"{(r.Path.Length == 0 ? "/" : r.Path)} {(r.Status == 200 ? Format.Kilobytes(r.GzipBytes) : r.Status.ToString(System.Globalization.CultureInfo.InvariantCulture))}")));
}
