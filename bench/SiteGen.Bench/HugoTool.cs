using System.Diagnostics;

namespace SiteGen.Bench;

/// <summary>Hugo (Debian's <c>hugo</c> package) on the corpus's Hugo copy.</summary>
internal sealed class HugoTool : BuildTool
{
    private readonly string? _hugo = OnPath("hugo");

    private string? _name;

    /// <inheritdoc/>
    public override string Id => "hugo";

    /// <inheritdoc/>
    public override string Name => _name ??= $"Hugo {Version()}";

    /// <inheritdoc/>
    public override string? Missing => _hugo is null ? "hugo not installed (apt-get install hugo)" : null;

    /// <inheritdoc/>
    public override ToolCommand Build(Corpus corpus, string output) =>
        new(_hugo!, ["--quiet", "--source", corpus.HugoRoot, "--destination", output], corpus.HugoRoot);

    private string Version()
    {
        using var hugo = Process.Start(new ProcessStartInfo(_hugo!, ["version"]) { RedirectStandardOutput = true })!;
        var version = hugo.StandardOutput.ReadToEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1) ?? "";
        hugo.WaitForExit();
        return version.Split('+')[0].TrimStart('v');
    }
}
