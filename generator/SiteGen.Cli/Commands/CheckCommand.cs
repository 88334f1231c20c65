using System.CommandLine;
using SiteGen.Build;
using SiteGen.Cli.Terminal;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen check</c>: everything a build validates, without writing anything.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var config = SharedOptions.Config();
        var strict = SharedOptions.Strict();
        var command = new Command("check", "Check the site for errors and warnings without writing it. Run before publishing.") { config, strict };
        command.SetAction(parsed =>
        {
            var options = new BuildOptions
            {
                ConfigPath = parsed.GetValue(config)!.FullName,
                Strict = parsed.GetValue(strict),
                WriteOutput = false,
            };
            var result = BuildReporter.Run(options, output, error);
            if (result.Succeeded)
            {
                output.WriteLine($"Checked {result.PageCount} pages: no errors.");
            }

            return result.Succeeded ? SiteGenCommand.Success : SiteGenCommand.ContentErrors;
        });
        return command;
    }
}
