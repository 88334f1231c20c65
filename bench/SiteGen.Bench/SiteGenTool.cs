using System.Diagnostics;

namespace SiteGen.Bench;

/// <summary>
/// SiteGen as an editor runs it: <c>sitegen build</c> as its packed tool ships for this machine
/// (the default), or <c>dotnet SiteGen.Cli.dll build</c> from the build in the harness's
/// configuration with <c>--as-built</c>.
/// </summary>
internal sealed class SiteGenTool : BuildTool
{
    /// <summary>The .NET host that runs the command, as the test host and <c>dotnet run</c> name it.</summary>
    public static string DotNet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    private string? _name;

    /// <inheritdoc/>
    public override string Id => "sitegen";

    /// <inheritdoc/>
    public override string Name => _name ??= $"SiteGen {Version()}" + (Repository.Compiled is { } compiled ? $" ({compiled})" : "");

    /// <inheritdoc/>
    public override string? Missing => null;

    /// <inheritdoc/>
    public override ToolCommand Build(Corpus corpus, string output) =>
        new(Repository.Command.Program, [.. Repository.Command.Before, "build", "--config", Path.Combine(corpus.SiteGenRoot, "site.yaml"), "--out", output], corpus.SiteGenRoot);

    private static string Version() =>
        (FileVersionInfo.GetVersionInfo(Repository.CommandDll).ProductVersion ?? "").Split('+')[0];
}
