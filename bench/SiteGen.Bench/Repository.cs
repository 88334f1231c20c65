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
    /// The <c>sitegen</c> command as <c>dotnet build</c> leaves it, in the harness's configuration,
    /// built by its project reference.
    /// </summary>
    public static string CommandDll
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory).Name;
            var dll = Path.Combine(Root, "generator", "SiteGen.Cli", "bin", Configuration, framework, "SiteGen.Cli.dll");
            return File.Exists(dll)
                ? dll
                : throw new FileNotFoundException($"The sitegen command is not built at {dll}. Fix: dotnet build -c {Configuration} generator/SiteGen.Cli");
        }
    }

    /// <summary>
    /// How the harness starts the <c>sitegen</c> command: the program and the arguments before the
    /// verb. The published command (<see cref="UseAsShipped"/>) runs as it is; as built, it runs
    /// with <c>dotnet SiteGen.Cli.dll</c>.
    /// </summary>
    public static (string Program, string[] Before) Command =>
        _published is { } published ? (published, []) : (SiteGenTool.DotNet, [CommandDll]);

    /// <summary>
    /// How the command runs: "native" or "ReadyToRun" as the project file published it for this
    /// machine (a native publish has no SiteGen.Cli.dll), or null as <c>dotnet build</c> leaves it.
    /// </summary>
    public static string? Compiled => _published is null ? null : File.Exists(Path.Combine(ShippedFolder, "SiteGen.Cli.dll")) ? "ReadyToRun" : "native";

    /// <summary>
    /// Runs the command from then on as its packed tool ships for this machine, published once per
    /// process into <c>artifacts/sitegen/RID</c>: native on linux-x64, ReadyToRun elsewhere (the
    /// project file chooses). It builds in <c>artifacts/build</c>, apart from <c>dotnet build</c>'s
    /// folders, so a later publish reuses its work: 2 s when nothing has changed, against 80 s.
    /// </summary>
    public static void UseAsShipped(TextWriter log)
    {
        log.WriteLine($"Publishing sitegen as its packed tool ships: dotnet {string.Join(' ', PublishArguments)}");
        _published = Shipped.Value;
    }

    /// <summary>The command as its packed tool ships for this machine, published once per process (<see cref="UseAsShipped"/>).</summary>
    public static string ShippedCommand => Shipped.Value;

    /// <summary>
    /// Runs the command as <c>dotnet build</c> left it from then on, not the published one.
    /// </summary>
    public static void UseAsBuilt() => _published = null;

    private static readonly string ShippedFolder = Path.Combine(Root, "artifacts", "sitegen", RuntimeInformation.RuntimeIdentifier);
    private static readonly string[] PublishArguments =
        ["publish", Path.Combine(Root, "generator", "SiteGen.Cli"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", ShippedFolder,
            "--artifacts-path", Path.Combine(Root, "artifacts", "build"), "--nologo", "-v", "quiet"];

    private static readonly Lazy<string> Shipped = new(Publish);
    private static string? _published;

    private static string Publish()
    {
        using var publish = Process.Start(new ProcessStartInfo(SiteGenTool.DotNet, PublishArguments) { WorkingDirectory = Root, RedirectStandardOutput = true })!;
        var printed = publish.StandardOutput.ReadToEnd();
        publish.WaitForExit();
        var program = Path.Combine(ShippedFolder, OperatingSystem.IsWindows() ? "SiteGen.Cli.exe" : "SiteGen.Cli");
        return publish.ExitCode == 0 && File.Exists(program)
            ? program
            : throw new InvalidOperationException($"dotnet {string.Join(' ', PublishArguments)} failed (exit code {publish.ExitCode}):\n{printed}");
    }

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
