using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// Runs lunr.js 2.3.9 under node for the parity tests, through the driver script in Fixtures.
/// lunr comes from the default theme's npm package: themes/default/node_modules/lunr, which the
/// build's restore step installs with <c>npm ci</c>. Without it the tests fail, never skip.
/// </summary>
internal static class LunrNode
{
    private const string LunrVersion = "2.3.9";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The repository root: the nearest folder above the test binaries holding SiteGen.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The fixtures, read from the source tree so the test project needs no copy step.</summary>
    public static string FixturesDirectory => Path.Combine(RepositoryRoot, "tests", "SiteGen.Tests", "Search", "Fixtures");

    /// <summary>Where the theme's npm install puts lunr.</summary>
    public static string LunrPackageDirectory => Path.Combine(RepositoryRoot, "themes", "default", "node_modules", "lunr");

    public static string Fixture(string name) => Path.Combine(FixturesDirectory, name);

    /// <summary>Fails the test unless lunr 2.3.9 is installed in the theme.</summary>
    public static void EnsureLunrInstalled()
    {
        var packageJson = Path.Combine(LunrPackageDirectory, "package.json");
        if (!File.Exists(packageJson) || !File.Exists(Path.Combine(LunrPackageDirectory, "lunr.js")))
        {
            Assert.Fail(
                $"lunr.js {LunrVersion} is not installed at {LunrPackageDirectory}. Run the build's restore step " +
                "(npm ci in themes/default) and run the tests again.");
        }

        var version = JsonNode.Parse(File.ReadAllText(packageJson))?["version"]?.GetValue<string>();
        if (version != LunrVersion)
        {
            Assert.Fail(
                $"themes/default/node_modules/lunr is version {version}, not {LunrVersion}. Run the build's restore " +
                "step (npm ci in themes/default) and run the tests again.");
        }
    }

    /// <summary>Sends one request to the driver and returns its parsed reply.</summary>
    public static JsonNode Run(JsonObject request)
    {
        EnsureLunrInstalled();
        var output = NodeProcess.Run([Fixture("lunr-driver.js"), LunrPackageDirectory], request.ToJsonString(), Timeout, "the lunr parity tests run lunr.js itself.");
        return JsonNode.Parse(output) ?? throw new InvalidDataException("The lunr driver wrote no reply.");
    }

    /// <summary>Builds an index with lunr.js and returns <c>JSON.stringify(index)</c>.</summary>
    public static string BuildIndex(string reference, IEnumerable<(string Name, double? Boost)> fields, IEnumerable<LunrTestDocument> documents)
    {
        var request = new JsonObject
        {
            ["command"] = "build",
            ["ref"] = reference,
            ["fields"] = new JsonArray([.. fields.Select(field => (JsonNode)ToFieldNode(field.Name, field.Boost))]),
            ["documents"] = new JsonArray([.. documents.Select(document => (JsonNode)document.ToDriverNode())]),
        };
        return Run(request).GetValue<string>();
    }

    private static JsonObject ToFieldNode(string name, double? boost)
    {
        var node = new JsonObject { ["name"] = name };
        if (boost is { } value)
        {
            node["boost"] = value;
        }

        return node;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SiteGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds SiteGen.sln.");
    }
}
