using System.Diagnostics;

namespace SiteGen.Bench;

/// <summary>
/// Pagefind, from bench/peers (npm <c>pagefind</c>, pinned by its package-lock.json; the npm package
/// runs the platform's prebuilt binary from <c>@pagefind/linux-x64</c> or its like), run by Node on a
/// built site. When it is missing, bench/peers is restored with <c>npm ci</c> first, unless the
/// harness was told not to install anything; then <c>pagefind --version</c> must answer, or the
/// search comparison is skipped with the reason.
/// </summary>
internal sealed class PagefindTool
{
    private readonly string? _node;

    private PagefindTool(string? node, string? missing, string version)
    {
        _node = node;
        Missing = missing;
        Version = version;
    }

    /// <summary>Null when Pagefind can run; else why not, and how to fix that.</summary>
    public string? Missing { get; }

    /// <summary>What <c>pagefind --version</c> printed, such as <c>pagefind 1.6.0</c>.</summary>
    public string Version { get; }

    private static string Runner => Path.Combine(PeerPackages.Package("pagefind"), "lib", "runner", "bin.cjs");

    /// <summary>Finds Node and Pagefind (restoring bench/peers when asked to) and checks that its binary runs here.</summary>
    public static PagefindTool Find(bool install, TextWriter log)
    {
        var node = BuildTool.FindOnPath("node");
        var missing = node is null ? "node not installed (apt-get install nodejs npm)"
            : File.Exists(Runner) ? null
            : !install ? "pagefind not installed (bench/peers/node_modules has no pagefind; the harness runs npm ci there unless --no-install)"
            : PeerPackages.Restore("pagefind", Runner, log);
        if (missing is not null)
        {
            return new PagefindTool(null, missing, "");
        }

        using var process = Process.Start(new ProcessStartInfo(node!, [Runner, "--version"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var error = process.StandardError.ReadToEndAsync();
        var version = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0 && version.StartsWith("pagefind ", StringComparison.Ordinal)
            ? new PagefindTool(node, null, version)
            : new PagefindTool(null, $"pagefind cannot run here (pagefind --version exited {process.ExitCode}: {(version + " " + error.Result).Trim()})", "");
    }

    /// <summary>
    /// The command that indexes the built site in <paramref name="site"/>, writing its bundle to
    /// <c>pagefind/</c> there. Only each page's <c>main</c> is indexed, as SiteGen's own index holds
    /// the page's content and not its header, navigation, help block and footer.
    /// </summary>
    public ToolCommand Index(string site) =>
        new(_node ?? throw new InvalidOperationException($"Pagefind cannot run: {Missing}"),
            [Runner, "--site", site, "--root-selector", "main", "--silent"], site);
}
