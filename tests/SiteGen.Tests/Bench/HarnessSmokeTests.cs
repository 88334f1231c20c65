using SiteGen.Bench;

namespace SiteGen.Tests.Bench;

/// <summary>
/// The benchmark harness in bench/ run at a small size, so it keeps working while the generator
/// changes: the sitegen command published as its tool ships (native on linux-x64), then as dotnet build
/// leaves it (--as-built), run as cold processes; the stage and search index lines, serve's
/// rebuilds and the page weight. Hugo runs when it is installed and Eleventy when bench/peers has
/// been restored; otherwise the harness says each was skipped. The search comparison with Pagefind
/// needs Chromium and npm and takes a while on its slow mobile profile, so it is left out here
/// (<c>--search-pages 0</c>). It asserts that the tables came out with their rows, never a time:
/// speed is measured on an idle machine, not tested.
/// </summary>
public sealed class HarnessSmokeTests
{
    [Fact]
    public async Task At_a_small_size_the_harness_prints_the_build_table_stages_serve_rebuilds_and_page_weight()
    {
        using var output = new StringWriter();
        using var log = new StringWriter();

        var code = await Harness.Run(["--pages", "40", "--runs", "1", "--serve-pages", "40", "--serve-edits", "1", "--search-pages", "0", "--no-install"], output, log);

        var text = output.ToString();
        var failure = $"--- tables:\n{text}\n--- progress:\n{log}";
        Assert.True(code == 0, $"exit code {code}\n{failure}");
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        void Has(string start) => Assert.True(lines.Exists(l => l.StartsWith(start, StringComparison.Ordinal)), $"No line starting '{start}'.\n{failure}");

        Has("SiteGen is published as its packed tool ships"); // native on linux-x64, ReadyToRun elsewhere
        Has("## 40 generated pages (");
        Has("| tool ");
        Has("| SiteGen ");
        foreach (var (peer, id) in new[] { ("Hugo", "hugo"), ("Eleventy", "eleventy") })
        {
            Assert.True(lines.Exists(l => l.StartsWith($"| {peer} ", StringComparison.Ordinal)) ^ lines.Exists(l => l.StartsWith($"{id} skipped: ", StringComparison.Ordinal)),
                $"{peer} neither has a row nor is said to be skipped (or both).\n{failure}");
        }

        Has("SiteGen by stage (");
        Has("Search index for ");
        Has("  ");
        Assert.Contains(lines, l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains("term shards", StringComparison.Ordinal) && l.Contains("page fragments", StringComparison.Ordinal));

        Assert.DoesNotContain(lines, l => l.StartsWith("## Site search", StringComparison.Ordinal) || l.StartsWith("search comparison skipped", StringComparison.Ordinal));

        Has("## Rebuild in sitegen serve");
        Has("| body: ");
        Has("| title: ");
        Has("| template: ");

        Has("## Page weight");
        Has("| content page (");
        Has("| lesson page with a quiz (");
        Has("| training module page (");
        Has("| training module quiz page (");
        Has("| search/manifest.js ");
        Has("| search/t/*.js (");

        // Then, in the same process, as dotnet build leaves it: not the publish above, which is gone.
        using var asBuilt = new StringWriter();
        code = await Harness.Run(["--pages", "10", "--runs", "1", "--tools", "sitegen", "--serve-pages", "0", "--search-pages", "0", "--no-install", "--as-built"], asBuilt, log);
        Assert.True(code == 0, $"exit code {code} as built\n--- tables:\n{asBuilt}\n--- progress:\n{log}");
        Assert.Contains("SiteGen runs as dotnet build leaves it", asBuilt.ToString(), StringComparison.Ordinal);
        Assert.Contains("| SiteGen ", asBuilt.ToString(), StringComparison.Ordinal);
    }
}
