using System.CommandLine;
using SiteGen.Build;
using SiteGen.Checks;
using SiteGen.Cli.Terminal;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen report content</c>: every page with its audience and reading level, with the site's counts.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var config = SharedOptions.Config();
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the report to this file (Markdown) instead of the terminal." };
        var content = new Command("content", "Every page with its audience, reading ease and grade; pages per section and audience; quizzes; sources.") { config, outFile };
        content.SetAction(parsed =>
        {
            var diagnostics = new DiagnosticBag();
            var options = new BuildOptions { ConfigPath = parsed.GetValue(config)!.FullName };
            var loaded = SiteLoader.Load(options, diagnostics);
            if (loaded is null)
            {
                BuildReporter.Print(new BuildResult(diagnostics.Items, false, 0, 0, TimeSpan.Zero), options with { WriteOutput = false }, error);
                return SiteGenCommand.ContentErrors;
            }

            var report = ContentReport.Create(loaded, options.Today);
            if (parsed.GetValue(outFile) is { } file)
            {
                try
                {
                    // Like build's and completions' --out, a folder that is not there yet is made.
                    Directory.CreateDirectory(file.DirectoryName!);
                    File.WriteAllText(file.FullName, report);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"sitegen report content: could not write {file}: {e.Message} Fix: give --out a file in a folder you can write to.");
                    return SiteGenCommand.ContentErrors;
                }

                output.WriteLine($"Wrote the content report for {loaded.Site.Pages.Count} pages to {file.FullName}.");
            }
            else
            {
                output.Write(report);
            }

            return SiteGenCommand.Success;
        });
        return new Command("report", "Reports on the site's content.") { content };
    }
}
