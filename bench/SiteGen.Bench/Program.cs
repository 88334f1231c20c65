using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using SiteGen.Bench;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Search;

// SiteGen against Hugo on the same corpus, and the search index's cost. Prints ratios, never asserts:
// speed is a figure to watch, not a test to pass.
var pages = Argument("--pages", 1000);
var runs = Argument("--runs", 5);
var repo = FindRepoRoot();
var folder = Path.Combine(Path.GetTempPath(), $"sitegen-bench-{pages}");
Console.WriteLine($"Corpus: {pages} generated pages from the example site's text, plus the example site itself; {runs} runs each, median.");
var (siteGenRoot, hugoRoot) = Corpus.Write(repo, folder, pages);

var options = new BuildOptions
{
    ConfigPath = Path.Combine(siteGenRoot, "site.yaml"),
    OutputPath = Path.Combine(folder, "sitegen-output"),
    BuiltInThemes = Path.Combine(repo, "themes"),
};

var cold = Time(() => Check(SiteBuilder.Build(options)));
var breakdown = SiteBuilder.Build(options).StageTimes;
var siteGen = Median(runs, () => Check(SiteBuilder.Build(options)));
var hugo = Median(runs, () => RunHugo(hugoRoot, Path.Combine(folder, "hugo-output")));

var loaded = SiteLoader.Load(options, new DiagnosticBag()) ?? throw new InvalidOperationException("the corpus does not load");
var documents = SearchDocuments.From(loaded.Site);
var indexTime = Median(runs, () => SearchIndexWriter.BuildIndex(documents));
var index = File.ReadAllBytes(Path.Combine(options.OutputPath, SearchIndexWriter.IndexJsonPath));
var script = File.ReadAllBytes(Path.Combine(options.OutputPath, SearchIndexWriter.IndexScriptPath));
var per100 = 100.0 / documents.Count;

Console.WriteLine();
Console.WriteLine($"| measure | SiteGen | Hugo {HugoVersion()} | ratio |");
Console.WriteLine("| --- | --- | --- | --- |");
Console.WriteLine($"| full build, warm (median) | {Ms(siteGen)} | {Ms(hugo)} | {siteGen / hugo:0.00}x |");
Console.WriteLine($"| full build, first in process | {Ms(cold)} | | |");
Console.WriteLine();
Console.WriteLine("SiteGen by stage: " + string.Join(", ", breakdown.Select(s => $"{s.Key.ToString().ToLowerInvariant()} {Ms(s.Value.TotalMilliseconds)}")));
Console.WriteLine($"Search index for {documents.Count} pages: built in {Ms(indexTime)} (median).");
Console.WriteLine($"  search/index.json: {Kb(index.Length)} raw, {Kb(Gzip(index))} gzip; per 100 pages {Kb(index.Length * per100)} raw, {Kb(Gzip(index) * per100)} gzip.");
Console.WriteLine($"  search/index.js (index + excerpt store): {Kb(script.Length)} raw, {Kb(Gzip(script))} gzip; per 100 pages {Kb(script.Length * per100)} raw, {Kb(Gzip(script) * per100)} gzip.");
return 0;

static int Argument(string name, int fallback)
{
    var args = Environment.GetCommandLineArgs();
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static void Check(BuildResult result)
{
    if (!result.Succeeded)
    {
        throw new InvalidOperationException("the benchmark site did not build:\n" + string.Join('\n', result.Errors));
    }
}

static void RunHugo(string source, string destination)
{
    using var hugo = Process.Start(new ProcessStartInfo("hugo", ["--quiet", "--source", source, "--destination", destination, "--cleanDestinationDir"])
    {
        RedirectStandardError = true,
        RedirectStandardOutput = true,
    }) ?? throw new InvalidOperationException("hugo did not start: install Debian's hugo (apt-get install hugo)");
    var error = hugo.StandardError.ReadToEnd();
    hugo.WaitForExit();
    if (hugo.ExitCode != 0)
    {
        throw new InvalidOperationException("hugo failed: " + error);
    }
}

static string HugoVersion()
{
    using var hugo = Process.Start(new ProcessStartInfo("hugo", ["version"]) { RedirectStandardOutput = true })!;
    var version = hugo.StandardOutput.ReadToEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1) ?? "";
    hugo.WaitForExit();
    return version.Split('+')[0];
}

static double Time(Action action)
{
    var clock = Stopwatch.StartNew();
    action();
    return clock.Elapsed.TotalMilliseconds;
}

static double Median(int runs, Action action)
{
    var times = Enumerable.Range(0, runs).Select(_ => Time(action)).Order().ToList();
    return times[times.Count / 2];
}

static long Gzip(byte[] bytes)
{
    using var buffer = new MemoryStream();
    using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
    {
        gzip.Write(bytes);
    }

    return buffer.Length;
}

static string Ms(double ms) => ms >= 1000 ? $"{ms / 1000:0.00} s" : $"{ms:0} ms";

static string Kb(double bytes) => $"{bytes / 1024:0.0} KB";

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run the benchmark from inside the SiteGen repository.");
}
