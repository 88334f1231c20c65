using System.Text.Json;

namespace SiteGen.Bench;

/// <summary>
/// Eleventy, from bench/peers (npm <c>@11ty/eleventy</c>, pinned by its package-lock.json), run by
/// Node on the corpus's Eleventy copy. When bench/peers/node_modules is missing it is restored
/// with <c>npm ci</c> first, unless the harness was told not to install anything.
/// </summary>
internal sealed class EleventyTool : BuildTool
{
    private readonly string? _node = OnPath("node");
    private readonly string? _missing;

    /// <summary>Finds Node and Eleventy, restoring bench/peers when asked to.</summary>
    public EleventyTool(bool install, TextWriter log)
    {
        _missing = _node is null ? "node not installed (apt-get install nodejs npm)"
            : File.Exists(Cli) ? null
            : !install ? "eleventy not installed (bench/peers/node_modules is missing; the harness runs npm ci there unless --no-install)"
            : PeerPackages.Restore("eleventy", Cli, log);
    }

    private string? _name;

    /// <inheritdoc/>
    public override string Id => "eleventy";

    /// <inheritdoc/>
    public override string Name => _name ??= $"Eleventy {Version()}";

    /// <inheritdoc/>
    public override string? Missing => _missing;

    private static string Package => PeerPackages.Package("@11ty/eleventy");

    private static string Cli => Path.Combine(Package, "cmd.cjs");

    /// <inheritdoc/>
    public override ToolCommand Build(Corpus corpus, string output) =>
        new(_node!, [Cli, "--config=eleventy.config.cjs", $"--output={output}", "--quiet"], corpus.EleventyRoot);

    private static string Version()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Package, "package.json")));
        return json.RootElement.GetProperty("version").GetString() ?? "";
    }
}
