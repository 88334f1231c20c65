namespace SiteGen.Bench;

/// <summary>
/// Every tool on one corpus as cold processes, alternating: one warm-up run of each (not counted:
/// it fills the disk cache and, for SiteGen, writes the answer keys once), then <c>runs</c> rounds
/// of one run of each. Each run starts with its output folder removed, so every tool writes a whole site.
/// </summary>
internal static class BuildComparison
{
    /// <summary>How long one build may take before the harness gives up on it.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(30);

    /// <summary>Times each tool; checks after the warm-up that each wrote the corpus's first generated page.</summary>
    public static async Task<IReadOnlyList<ToolTimes>> Run(Corpus corpus, IReadOnlyList<BuildTool> tools, int runs, TextWriter log)
    {
        var times = tools.ToDictionary(t => t, _ => new List<ColdRun>());
        for (var round = 0; round <= runs; round++)
        {
            foreach (var tool in tools)
            {
                var output = corpus.OutputOf(tool.Id);
                if (Directory.Exists(output))
                {
                    Directory.Delete(output, recursive: true);
                }

                var run = await ColdProcess.Run(tool.Build(corpus, output), Patience);
                log.WriteLine($"  {tool.Name}, {(round == 0 ? "warm-up" : $"run {round} of {runs}")}: {Format.Time(run.Wall)}{(run.PeakBytes is { } peak ? ", peak " + Format.Megabytes(peak) : "")}");
                if (round == 0)
                {
                    var page = Path.Combine(output, BuildTool.FirstGeneratedPage);
                    if (!File.Exists(page))
                    {
                        throw new InvalidOperationException($"{tool.Name} did not write {page}: its build did not do the work the others do.");
                    }
                }
                else
                {
                    times[tool].Add(run);
                }
            }
        }

        return [.. tools.Select(t => new ToolTimes(t, times[t]))];
    }
}
