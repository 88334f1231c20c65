using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace SiteGen.Bench;

/// <summary>Paths in the SiteGen repository the harness runs from, found from its own binary's folder.</summary>
internal static class Repository
{
    /// <summary>The folder holding SiteGen.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration the harness was built in (Release for figures worth reading).</summary>
    public static string Configuration { get; } =
        typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <summary>
    /// The <c>sitegen</c> command the harness runs: its build in the harness's configuration, built
    /// by its project reference, unless <see cref="PublishReadyToRun"/> has published another.
    /// </summary>
    public static string CommandDll
    {
        get
        {
            if (_published is { } published)
            {
                return published;
            }

            var framework = new DirectoryInfo(AppContext.BaseDirectory).Name;
            var dll = Path.Combine(Root, "generator", "SiteGen.Cli", "bin", Configuration, framework, "SiteGen.Cli.dll");
            return File.Exists(dll)
                ? dll
                : throw new FileNotFoundException($"The sitegen command is not built at {dll}. Fix: dotnet build -c {Configuration} generator/SiteGen.Cli");
        }
    }

    /// <summary>True once <see cref="CommandDll"/> is a ReadyToRun publish of the command.</summary>
    public static bool IsReadyToRun => _published is not null;

    /// <summary>
    /// Publishes the <c>sitegen</c> command into <paramref name="folder"/> with its code and its
    /// libraries' compiled ahead of time for this machine (ReadyToRun), and runs that from then on:
    /// a build then spends no time compiling the code it runs.
    /// </summary>
    public static void PublishReadyToRun(string folder, TextWriter log)
    {
        string[] arguments = ["publish", Path.Combine(Root, "generator", "SiteGen.Cli"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
            "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", folder, "--nologo", "-v", "quiet"];
        log.WriteLine($"Publishing sitegen ReadyToRun: dotnet {string.Join(' ', arguments)}");
        using var publish = Process.Start(new ProcessStartInfo(SiteGenTool.DotNet, arguments) { WorkingDirectory = Root })!;
        publish.WaitForExit();
        var dll = Path.Combine(folder, "SiteGen.Cli.dll");
        _published = publish.ExitCode == 0 && File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"dotnet publish of the sitegen command failed (exit code {publish.ExitCode}); run the command above to see why.");
    }

    /// <summary>
    /// Runs the command as <c>dotnet build</c> left it from then on, not an earlier run's publish
    /// (whose folder that run deleted when it finished).
    /// </summary>
    public static void UseAsBuilt() => _published = null;

    private static string? _published;

    /// <summary>bench/peers: the npm packages of the generators SiteGen is compared with.</summary>
    public static string Peers => Path.Combine(Root, "bench", "peers");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the SiteGen repository (no SiteGen.sln above " + AppContext.BaseDirectory + ").");
    }
}
