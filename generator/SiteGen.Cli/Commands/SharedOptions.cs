using System.CommandLine;

namespace SiteGen.Cli.Commands;

/// <summary>Options more than one verb takes.</summary>
internal static class SharedOptions
{
    public static Option<FileInfo> Config() => new("--config")
    {
        Description = "The site's settings file; its folder is the site's folder.",
        DefaultValueFactory = _ => new FileInfo("site.yaml"),
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Fail on warnings too (placeholder phone numbers, pages past review). Use before publishing.",
    };
}
