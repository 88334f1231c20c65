using SiteGen.Build;
using SiteGen.Diagnostics;
using Spectre.Console;

namespace SiteGen.Cli.Terminal;

/// <summary>
/// Runs a build and prints what it found. On a terminal, a spinner names the stage under way;
/// otherwise (CI, a pipe) nothing but the diagnostics and the summary, one per line.
/// </summary>
internal static class BuildReporter
{
    public static BuildResult Run(BuildOptions options, TextWriter output, TextWriter error)
    {
        BuildResult result;
        if (IsTerminal(output))
        {
            result = null!;
            AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start("Loading", context =>
            {
                result = SiteBuilder.Build(options, stage => context.Status(Describe(stage)));
            });
        }
        else
        {
            result = SiteBuilder.Build(options);
        }

        Print(result, options, error);
        return result;
    }

    public static void Print(BuildResult result, BuildOptions options, TextWriter error)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        var errors = result.Errors.Count();
        var warnings = result.Warnings.Count();
        if (errors > 0 || warnings > 0)
        {
            var failedOnWarnings = errors == 0 && options.Strict && warnings > 0 ? " (--strict: warnings fail the build)" : "";
            error.WriteLine($"{errors} error(s), {warnings} warning(s){failedOnWarnings}.");
        }

        if (!result.Succeeded && options.WriteOutput)
        {
            error.WriteLine("Nothing was written; the previous output folder is unchanged.");
        }
    }

    private static string Describe(BuildStage stage) => stage switch
    {
        BuildStage.Load => "Reading site.yaml and the theme",
        BuildStage.Parse => "Reading pages",
        BuildStage.Assemble => "Linking pages together",
        BuildStage.Render => "Rendering pages",
        BuildStage.Check => "Checking links and headings",
        _ => "Writing the site",
    };

    private static bool IsTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;
}
