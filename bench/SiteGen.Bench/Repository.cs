using System.Reflection;

namespace SiteGen.Bench;

/// <summary>Paths in the SiteGen repository the harness runs from, found from its own binary's folder.</summary>
internal static class Repository
{
    /// <summary>The folder holding SiteGen.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration the harness was built in (Release for figures worth reading).</summary>
    public static string Configuration { get; } =
        typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <summary>The <c>sitegen</c> command's build in the harness's configuration, built by its project reference.</summary>
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
