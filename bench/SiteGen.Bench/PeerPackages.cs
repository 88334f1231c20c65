using System.Diagnostics;

namespace SiteGen.Bench;

/// <summary>
/// bench/peers/node_modules: the npm packages SiteGen is compared with (Eleventy, Pagefind),
/// pinned by bench/peers/package-lock.json and restored with <c>npm ci</c> when one is missing.
/// </summary>
internal static class PeerPackages
{
    /// <summary>The folder an installed package is in, such as <c>@11ty/eleventy</c>.</summary>
    public static string Package(string name) => Path.Combine(Repository.Peers, "node_modules", name);

    /// <summary>
    /// Runs <c>npm ci</c> in bench/peers for <paramref name="tool"/>; null when <paramref name="file"/>
    /// is there afterwards, else why the tool is not installed.
    /// </summary>
    public static string? Restore(string tool, string file, TextWriter log)
    {
        log.WriteLine($"Restoring bench/peers (npm ci) for {tool}.");
        var npm = BuildTool.FindOnPath("npm");
        if (npm is null)
        {
            return $"{tool} not installed, and npm is not there to install it (apt-get install npm)";
        }

        using var process = Process.Start(new ProcessStartInfo(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        {
            WorkingDirectory = Repository.Peers,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = output.Result;
        return process.ExitCode == 0 && File.Exists(file) ? null : $"{tool} not installed: npm ci in bench/peers failed: {error.Trim()}";
    }
}
