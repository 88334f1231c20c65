using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Bench;

/// <summary>
/// <c>sitegen serve</c> as its own process on a free port, its output read line by line, stopped
/// with SIGINT as Ctrl+C in a terminal stops it (so it removes its temporary folder).
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _output = [];
    private readonly List<string> _error = [];
    private readonly List<TimeSpan> _builds = [];
    private readonly TaskCompletionSource<string> _serving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(string siteRoot, int port)
    {
        var start = new ProcessStartInfo(Repository.Command.Program)
        {
            WorkingDirectory = siteRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[.. Repository.Command.Before, "serve", "--config", Path.Combine(siteRoot, "site.yaml"), "--port", port.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(arg);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Printed(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Printed(_error, e.Data);
        _process.Exited += (_, _) => _serving.TrySetException(new InvalidOperationException("sitegen serve ended before it served:\n" + Transcript()));
        _process.EnableRaisingEvents = true;
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The address it serves the site at, once it has said so.</summary>
    public Task<string> Serving => _serving.Task;

    /// <summary>Starts serve on the site, on a free port.</summary>
    public static ServeProcess Start(string siteRoot) => new(siteRoot, LoopbackHost.FreePort());

    /// <summary>How many builds serve has reported so far ("Built N pages in 1.23s.", or "Rebuilt content/x.md alone in 12 ms.").</summary>
    public int Builds
    {
        get
        {
            lock (_gate)
            {
                return _builds.Count;
            }
        }
    }

    /// <summary>
    /// The time serve reported for its build after the first <paramref name="count"/>: its line
    /// is printed just before the reload event is sent, so it may be read a moment after the event.
    /// </summary>
    public async Task<TimeSpan?> BuildAfter(int count)
    {
        for (var wait = 0; wait < 500; wait++)
        {
            lock (_gate)
            {
                if (_builds.Count > count)
                {
                    return _builds[count];
                }
            }

            await Task.Delay(10);
        }

        return null;
    }

    /// <summary>Everything it printed, for a failure message.</summary>
    public string Transcript()
    {
        lock (_gate)
        {
            return $"--- standard output:\n{string.Join('\n', _output)}\n--- standard error:\n{string.Join('\n', _error)}";
        }
    }

    /// <summary>
    /// Ctrl+C, then a wait for it to clean up and exit: it first finishes a build under way, which
    /// on a busy machine can take minutes. Killed if it has not exited within ten; its preview
    /// folder is then removed here, since it could not remove it itself.
    /// </summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            using (var interrupt = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                interrupt.WaitForExit();
            }

            if (!_process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
                if (PreviewFolder() is { } folder && Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        _process.Dispose();
    }

    /// <summary>The temporary folder serve said it builds the preview in.</summary>
    private string? PreviewFolder()
    {
        const string Start = "Building a preview in ";
        lock (_gate)
        {
            var line = _output.FirstOrDefault(l => l.StartsWith(Start, StringComparison.Ordinal));
            var end = line?.IndexOf(" (a temporary folder", StringComparison.Ordinal) ?? -1;
            return line is not null && end > Start.Length ? line[Start.Length..end] : null;
        }
    }

    private void Printed(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            lines.Add(line);
            if (lines == _output && line.StartsWith("Built ", StringComparison.Ordinal)
                && double.TryParse(line.Split(' ')[^1].TrimEnd('.', 's'), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                _builds.Add(TimeSpan.FromSeconds(seconds));
            }
            else if (lines == _output && line.StartsWith("Rebuilt ", StringComparison.Ordinal) && line.EndsWith(" ms.", StringComparison.Ordinal)
                && double.TryParse(line.Split(' ')[^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds))
            {
                _builds.Add(TimeSpan.FromMilliseconds(milliseconds)); // "Rebuilt content/x.md alone in 12 ms."
            }
        }

        if (lines == _output && line.StartsWith("Serving ", StringComparison.Ordinal))
        {
            _serving.TrySetResult(line.Split(' ')[1]);
        }
    }
}
