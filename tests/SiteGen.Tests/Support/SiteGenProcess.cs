using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>
/// The built <c>sitegen</c> command run as a user runs it: <c>dotnet SiteGen.Cli.dll &lt;args&gt;</c> as
/// its own process in a site's folder, its standard output and error read line by line as they
/// are printed. Every wait ends as soon as what it waits for happens, or fails after
/// <see cref="Patience"/> with everything printed so far. Disposing kills a process still running.
/// </summary>
public sealed class SiteGenProcess : IDisposable
{
    /// <summary>How long any one wait may take: generous, for a slow two-core machine that is busy building other things.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly string _command;
    private readonly Lock _gate = new();
    private readonly List<string> _output = [];
    private readonly List<string> _error = [];
    private int _streamsOpen = 2;
    private TaskCompletionSource _printed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiteGenProcess(string folder, string? compiled, string[] args)
    {
        _command = (compiled is null ? "sitegen " : $"{compiled} ") + string.Join(' ', args);
        var start = new ProcessStartInfo(compiled ?? Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (compiled is null)
        {
            start.ArgumentList.Add(CommandDll);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Printed(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Printed(_error, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>
    /// The command's own build output, which <c>dotnet run --project generator/SiteGen.Cli</c> runs (the
    /// packed tool is the same code compiled ahead of time), built by this test project's build in the
    /// same configuration.
    /// </summary>
    public static string CommandDll { get; } = FindCommand();

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Everything printed on standard output so far.</summary>
    public string Output => Lines(_output);

    /// <summary>Everything printed on standard error so far.</summary>
    public string Error => Lines(_error);

    /// <summary>
    /// The command as its packed tool ships for this machine: native (NativeAOT) on linux-x64,
    /// ReadyToRun elsewhere. Published once per test run, with the benchmark's own publish.
    /// </summary>
    public static string ShippedCommand => SiteGen.Bench.Repository.ShippedCommand;

    /// <summary>Starts the command in <paramref name="folder"/>.</summary>
    public static SiteGenProcess Start(string folder, params string[] args) => new(folder, null, args);

    /// <summary>Starts the command as it ships (<see cref="ShippedCommand"/>) in <paramref name="folder"/>.</summary>
    public static SiteGenProcess StartShipped(string folder, params string[] args) => new(folder, ShippedCommand, args);

    /// <summary>Runs the command in <paramref name="folder"/> to its end.</summary>
    public static Task<(int Code, string Output, string Error)> RunAsync(string folder, params string[] args) => RunToEnd(Start(folder, args));

    /// <summary>Runs the command as it ships (<see cref="ShippedCommand"/>) in <paramref name="folder"/> to its end.</summary>
    public static Task<(int Code, string Output, string Error)> RunShippedAsync(string folder, params string[] args) => RunCommandAsync(ShippedCommand, folder, args);

    /// <summary>Runs a compiled sitegen <paramref name="command"/> (one taken out of a package, say) in <paramref name="folder"/> to its end.</summary>
    public static Task<(int Code, string Output, string Error)> RunCommandAsync(string command, string folder, params string[] args) => RunToEnd(new(folder, command, args));

    private static async Task<(int Code, string Output, string Error)> RunToEnd(SiteGenProcess started)
    {
        using var process = started;
        var code = await process.WaitForExitAsync();
        return (code, process.Output, process.Error);
    }

    /// <summary>The first line of standard output that matches, once it has been printed.</summary>
    public Task<string> OutputLine(Func<string, bool> match, string what) => Line(_output, match, what);

    /// <summary>The first line of standard error that matches, once it has been printed.</summary>
    public Task<string> ErrorLine(Func<string, bool> match, string what) => Line(_error, match, what);

    /// <summary>Sends SIGINT, as a terminal does on Ctrl+C (<see cref="Process.Kill()"/> would send SIGKILL).</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.True(kill.ExitCode == 0, $"kill -INT {Id} failed.\n{Transcript()}");
    }

    /// <summary>Kills the process at once (SIGKILL: no chance to tidy up), as a crash or a power cut would.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>The exit code, once the process has ended and everything it printed has been read.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{_command} did not end within {Patience.TotalSeconds}s.\n{Transcript()}");
        }

        return _process.ExitCode;
    }

    /// <summary>What the command printed, for a failure message.</summary>
    public string Transcript() => $"{_command}\n--- standard output:\n{Output}\n--- standard error:\n{Error}";

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private async Task<string> Line(List<string> lines, Func<string, bool> match, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            Task printed;
            bool ended;
            lock (_gate)
            {
                if (lines.FirstOrDefault(match) is { } line)
                {
                    return line;
                }

                ended = _streamsOpen == 0;
                printed = _printed.Task;
            }

            if (ended)
            {
                Assert.Fail($"{_command} ended without printing {what}.\n{Transcript()}");
            }

            try
            {
                await printed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"{_command} did not print {what} within {Patience.TotalSeconds}s.\n{Transcript()}");
            }
        }
    }

    private void Printed(List<string> lines, string? line)
    {
        TaskCompletionSource printed;
        lock (_gate)
        {
            if (line is null)
            {
                _streamsOpen--;
            }
            else
            {
                lines.Add(line);
            }

            printed = _printed;
            _printed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        printed.SetResult();
    }

    private string Lines(List<string> lines)
    {
        lock (_gate)
        {
            return string.Join('\n', lines);
        }
    }

    private static string FindCommand()
    {
        var configuration = typeof(SiteGenProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var framework = new DirectoryInfo(AppContext.BaseDirectory).Name;
        var dll = Path.Combine(RepoPaths.Root, "generator", "SiteGen.Cli", "bin", configuration, framework, "SiteGen.Cli.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"The built command is not at {dll}; build generator/SiteGen.Cli in {configuration}.");
    }
}
