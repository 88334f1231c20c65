using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Bench;

/// <summary>
/// Runs a command as a cold process, each run a new process, under GNU time (<c>/usr/bin/time -v</c>,
/// Debian's <c>time</c> package) for its peak resident memory. Wall time is this process's own
/// clock around the child's start and exit. Without GNU time the command runs alone and memory is not read.
/// </summary>
internal static class ColdProcess
{
    /// <summary>GNU time, which reports a child's maximum resident set size.</summary>
    public const string GnuTime = "/usr/bin/time";

    /// <summary>True when peak memory can be read.</summary>
    public static bool MeasuresMemory => File.Exists(GnuTime);

    /// <summary>Runs the command to its end; throws with what it printed when it fails.</summary>
    public static async Task<ColdRun> Run(ToolCommand command, TimeSpan patience)
    {
        var report = MeasuresMemory ? Path.GetTempFileName() : null;
        var start = new ProcessStartInfo(report is null ? command.Program : GnuTime)
        {
            WorkingDirectory = command.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (report is not null)
        {
            foreach (var arg in new[] { "-v", "-o", report, command.Program })
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in command.Arguments)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using (var timeout = new CancellationTokenSource(patience))
            {
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException($"{command} did not finish within {patience.TotalMinutes:0} minutes.");
                }
            }

            clock.Stop();
            var printed = await output + await error;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{command} (in {command.WorkingDirectory}) exited {process.ExitCode}:\n{Tail(printed)}");
            }

            return new ColdRun(clock.Elapsed, report is null ? null : PeakBytes(File.ReadAllText(report)));
        }
        finally
        {
            if (report is not null)
            {
                File.Delete(report);
            }
        }
    }

    /// <summary>GNU time's "Maximum resident set size (kbytes): N", in bytes.</summary>
    private static long? PeakBytes(string report)
    {
        const string Label = "Maximum resident set size (kbytes):";
        var line = report.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(Label, StringComparison.Ordinal));
        return line is not null && long.TryParse(line[Label.Length..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : null;
    }

    private static string Tail(string text)
    {
        var lines = text.Split('\n');
        return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 40)));
    }
}
