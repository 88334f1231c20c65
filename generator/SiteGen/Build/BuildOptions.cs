namespace SiteGen.Build;

/// <summary>What to build and how.</summary>
public sealed record BuildOptions
{
    /// <summary>The site's <c>site.yaml</c>; its folder is the site's root.</summary>
    public required string ConfigPath { get; init; }

    /// <summary>The folder the site is written to.</summary>
    public string OutputPath { get; init; } = "output";

    /// <summary>Warnings fail the build too (for publishing).</summary>
    public bool Strict { get; init; }

    /// <summary>Build a copy that works opened from disk (file://).</summary>
    public bool ForDisk { get; init; }

    /// <summary>False checks everything without writing (<c>sitegen check</c>).</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>The folder holding SiteGen's own themes; by default, <c>themes/</c> beside the program.</summary>
    public string? BuiltInThemes { get; init; }

    /// <summary>
    /// After a successful build, keep each training module version's answer key in
    /// <c>completion-keys/</c>. Off for the dev server, where every saved edit would leave a key.
    /// </summary>
    public bool WriteAnswerKeys { get; init; } = true;

    /// <summary>Extra files to publish (the dev server's reload script), by path.</summary>
    public IReadOnlyDictionary<string, string> ExtraFiles { get; init; } = new Dictionary<string, string>();

    /// <summary>Site path of a script every page loads (the dev server's reload script), or null.</summary>
    public string? ReloadScriptPath { get; init; }

    /// <summary>Today, for review dates; set by tests.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Today);

    /// <summary>The site's folder.</summary>
    public string SiteRoot => Path.GetDirectoryName(Path.GetFullPath(ConfigPath))!;
}
