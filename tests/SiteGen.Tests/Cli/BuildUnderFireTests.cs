using System.Diagnostics;
using System.Security.Cryptography;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// What an editor's machine does to a build: kills it part way, runs two at once, dies while the
/// new site is being swapped in. The published folder is always a whole site, never half of one.
/// </summary>
public sealed class BuildUnderFireTests : IDisposable
{
    private readonly ExampleSiteCopy _site = new();

    public BuildUnderFireTests()
    {
        // Enough pages that a build takes a moment to kill part way through.
        for (var i = 0; i < 400; i++)
        {
            _site.Write($"content/about-cse/bulk-{i:000}.md", TestSite.Page($"Bulk page {i}", "professionals") +
                string.Concat(Enumerable.Repeat("Exploitation can happen to any child. Adults must notice the signs and act on them.\n\n", 20)));
        }
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_build_killed_part_way_leaves_the_previous_site_whole_and_the_next_build_tidies_up()
    {
        await BuildAsync();
        var before = Snapshot();
        _site.Write("content/about-cse/bulk-000.md", TestSite.Page("Changed page", "professionals"));

        using (var build = SiteGenProcess.Start(_site.Root, "build"))
        {
            await WhenAsync(() => Leftovers(".output.staging-").Count > 0 || build.HasExited, "the build's staging folder to appear");
            Assert.False(build.HasExited, $"The build finished before it could be killed.\n{build.Transcript()}");
            build.Kill();
        }

        Assert.Equal(before, Snapshot());
        Assert.NotEmpty(Leftovers(".output.staging-"));

        await BuildAsync();
        Assert.Empty(Leftovers(".output."));
        Assert.Contains("Changed page", File.ReadAllText(_site.PathOf("output/about-cse/bulk-000/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_killed_while_swapping_sites_has_the_old_site_put_back_by_the_next_one_even_if_that_fails()
    {
        await BuildAsync();
        var before = Snapshot();

        // The state a build leaves when it dies between moving the old site aside and moving the new one in.
        var dead = DeadProcessId();
        Directory.Move(_site.PathOf("output"), _site.PathOf($".output.previous-{dead}-0badf00d"));
        _site.Write("content/about-cse/bulk-001.md", "---\ntitle: [unclosed\n---\n");

        var (code, output, error) = await SiteGenProcess.RunAsync(_site.Root, "build");

        Assert.True(code == 1, $"exit code {code}\n{output}\n{error}");
        Assert.Equal(before, Snapshot());
        Assert.Empty(Leftovers(".output.previous-"));
    }

    [Fact]
    public async Task Two_builds_at_once_into_the_same_folder_leave_one_whole_site()
    {
        await BuildAsync();
        var expected = Snapshot().Keys.ToList();

        using var first = SiteGenProcess.Start(_site.Root, "build");
        using var second = SiteGenProcess.Start(_site.Root, "build");
        var codes = await Task.WhenAll(first.WaitForExitAsync(), second.WaitForExitAsync());

        Assert.True(codes.All(c => c == 0), $"{first.Transcript()}\n{second.Transcript()}");
        Assert.Equal(expected, Snapshot().Keys.ToList());
        Assert.Empty(Leftovers(".output.staging-").Concat(Leftovers(".output.previous-")));
    }

    private async Task BuildAsync()
    {
        var (code, output, error) = await SiteGenProcess.RunAsync(_site.Root, "build");
        Assert.True(code == 0, $"exit code {code}\n{output}\n{error}");
    }

    // Every file of the published site with a hash of what it holds.
    private SortedDictionary<string, string> Snapshot()
    {
        var output = _site.PathOf("output");
        Assert.True(Directory.Exists(output), "There is no output folder.");
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(output, file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return files;
    }

    private List<string> Leftovers(string prefix) =>
        [.. Directory.GetDirectories(_site.Root).Select(Path.GetFileName).OfType<string>().Where(n => n.StartsWith(prefix, StringComparison.Ordinal))];

    private static async Task WhenAsync(Func<bool> condition, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < SiteGenProcess.Patience, $"Waited {SiteGenProcess.Patience.TotalSeconds:0} s for {what}.");
            await Task.Delay(5);
        }
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
