using System.CommandLine;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Packaging.Scorm;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen package scorm</c>: a training module as a package a learning platform (an LMS) takes.</summary>
internal static class PackageCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var config = SharedOptions.Config();
        var module = new Option<string>("--module")
        {
            Description = "The training module's id (the module: of its pages).",
            Required = true,
        };
        var outFile = new Option<FileInfo>("--out")
        {
            Description = "The zip file to write. Replaced only when the package is whole.",
            Required = true,
        };

        var scorm = new Command("scorm", "Write a SCORM 1.2 package of one training module, to upload to an LMS such as Moodle or Totara.") { config, module, outFile };
        scorm.SetAction(parsed =>
        {
            var options = new BuildOptions { ConfigPath = parsed.GetValue(config)!.FullName };
            var zip = parsed.GetValue(outFile)!.FullName;
            var result = ScormPackager.Write(options, parsed.GetValue(module)!, zip);
            foreach (var diagnostic in result.Diagnostics)
            {
                error.WriteLine(diagnostic.ToString());
            }

            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
            if (errors > 0 || warnings > 0)
            {
                error.WriteLine($"{errors} error(s), {warnings} warning(s).");
            }

            if (!result.Succeeded)
            {
                error.WriteLine("No package was written; an earlier one at that path is unchanged.");
                return SiteGenCommand.ContentErrors;
            }

            output.WriteLine($"Wrote a SCORM 1.2 package of '{parsed.GetValue(module)}' ({result.FileCount} files) to {zip}.");
            return SiteGenCommand.Success;
        });

        return new Command("package", "Package a training module for a learning platform.") { scorm };
    }
}
