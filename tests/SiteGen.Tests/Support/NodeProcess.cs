using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>Runs Node.js as its own process, for tests that hold C# to what JavaScript itself does.</summary>
internal static class NodeProcess
{
    /// <summary>Runs node with the arguments, writes <paramref name="input"/> to it, and returns what it printed; fails the test when it fails.</summary>
    /// <param name="arguments">node's arguments (a script file, or <c>-e</c> and a script).</param>
    /// <param name="input">Standard input, or null for none.</param>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="why">Why the tests need node, said when it is not on PATH.</param>
    public static string Run(IEnumerable<string> arguments, string? input, TimeSpan timeout, string why)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = input is null ? null : new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"node must be on PATH: {why}", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }

            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"node did not finish within {timeout.TotalSeconds:0} s.");
            }

            process.WaitForExit(); // the output streams too
            Assert.True(process.ExitCode == 0, $"node exited with code {process.ExitCode}: {error.Result}");
            return output.Result;
        }
    }
}
