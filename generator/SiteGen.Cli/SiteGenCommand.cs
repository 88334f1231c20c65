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
        var root = new RootCommand("SiteGen builds child sexual exploitation awareness and training sites from Markdown and site.yaml.")
        {
            BuildCommand.Create(output, error),
            CheckCommand.Create(output, error),
            ServeCommand.Create(output, error),
            NewCommand.Create(output, error),
            ReportCommand.Create(output, error),
            CompletionsCommand.Create(output, error),
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

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
