using System.CommandLine;
using SiteGen.Build;
using SiteGen.Cli.Terminal;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen build</c>: the site into the output folder, or nothing if it has errors.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var config = SharedOptions.Config();
        var outFolder = new Option<DirectoryInfo>("--out")
        {
            Description = "The folder the site is written to. Replaced only when the build succeeds.",
            DefaultValueFactory = _ => new DirectoryInfo("output"),
        };
        var strict = SharedOptions.Strict();
        var forDisk = new Option<bool>("--for-disk")
        {
            Description = "Build a copy that works opened straight from disk (a shared drive, a USB stick): every link to index.html.",
        };

        var timings = new Option<bool>("--timings")
        {
            Description = "Print how long each stage of the build took, to see where the time goes.",
        };

        var command = new Command("build", "Build the site into the output folder.") { config, outFolder, strict, forDisk, timings };
        command.SetAction(parsed =>
        {
            var options = new BuildOptions
            {
                ConfigPath = parsed.GetValue(config)!.FullName,
                OutputPath = parsed.GetValue(outFolder)!.FullName,
                Strict = parsed.GetValue(strict),
                ForDisk = parsed.GetValue(forDisk),
            };
            var result = BuildReporter.Run(options, output, error);
            if (result.Succeeded)
            {
                output.WriteLine($"Built {result.PageCount} pages ({result.FileCount} files) into {options.OutputPath} in {result.Elapsed.TotalSeconds:0.00}s.");
            }

            if (parsed.GetValue(timings))
            {
                output.WriteLine("Stages: " + string.Join(", ", result.StageTimes.Select(s => $"{s.Key.ToString().ToLowerInvariant()} {s.Value.TotalMilliseconds:0} ms")));

                // Memory is where a big build's time hides: threads stop while the collector runs.
                output.WriteLine($"Memory: {GC.GetTotalAllocatedBytes() / 1e9:0.00} GB allocated, {GC.CollectionCount(0)} collections ({GC.CollectionCount(2)} full), {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused.");
            }

            return result.Succeeded ? SiteGenCommand.Success : SiteGenCommand.ContentErrors;
        });
        return command;
    }
}
