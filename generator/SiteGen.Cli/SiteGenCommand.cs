using System.CommandLine;
using SiteGen.Cli.Commands;

namespace SiteGen.Cli;

/// <summary>The <c>sitegen</c> command line: its verbs, and the exit codes every verb shares.</summary>
public static class SiteGenCommand
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>The site's content or configuration has errors.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command was used wrongly (unknown verb or option, missing argument).</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line with the given output streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var serve = ServeCommand.Create(output, error);
        var root = new RootCommand("SiteGen builds child sexual exploitation awareness and training sites from Markdown and site.yaml.")
        {
            BuildCommand.Create(output, error),
            CheckCommand.Create(output, error),
            serve,
            NewCommand.Create(output, error),
            ReportCommand.Create(output, error),
            CompletionsCommand.Create(output, error),
            PackageCommand.Create(output, error),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"sitegen: {problem.Message}");
            }

            error.WriteLine("Run 'sitegen --help' for the verbs and their options.");
            return UsageError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parsed.CommandResult.Command == serve)
        {
            // On Ctrl+C serve waits for a build under way, then removes its temporary folder and
            // exits 0. System.CommandLine's default gives up after two seconds and exits 130, which
            // left the folder behind whenever a build was slower than that.
            configuration.ProcessTerminationTimeout = Timeout.InfiniteTimeSpan;
        }

        return parsed.Invoke(configuration);
    }
}
