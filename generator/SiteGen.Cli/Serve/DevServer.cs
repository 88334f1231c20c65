using System.Net;
using System.Text;
using SiteGen.Build;
using SiteGen.Cli.Terminal;

namespace SiteGen.Cli.Serve;

/// <summary>
/// <c>sitegen serve</c>: builds the site into a temporary folder, serves it on 127.0.0.1 only, and
/// rebuilds when content, themes or site.yaml change. Open pages reload after a good rebuild; after
/// a bad one the errors are printed and the last good site goes on being served.
/// </summary>
public sealed class DevServer : IDisposable
{
    /// <summary>The site path of the reload script every served page loads.</summary>
    public const string ReloadScriptPath = "__sitegen/reload.js";

    private const string EventsPath = "__sitegen/events";
    private readonly string _configPath;
    private readonly int _port;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-serve-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly HttpListener _listener = new();
    private readonly List<HttpListenerResponse> _watchers = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _building = new(1, 1); // one build at a time, and none while shutting down
    private readonly List<FileSystemWatcher> _fileWatchers = [];
    private readonly BuildOptions _options;
    private readonly PreviewBuild _preview;
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal); // since the last build was scheduled
    private bool _changedEverything;
    private Timer? _debounce;
    private string _basePath = "/";
    private volatile bool _disposed;

    /// <summary>Creates a server for a site.</summary>
    public DevServer(string configPath, int port, TextWriter output, TextWriter error)
    {
        _configPath = Path.GetFullPath(configPath);
        _port = port;
        _output = output;
        _error = error;
        _options = new BuildOptions
        {
            ConfigPath = _configPath,
            OutputPath = _folder,
            ReloadScriptPath = ReloadScriptPath,
            WriteAnswerKeys = false,
            ExtraFiles = new Dictionary<string, string> { [ReloadScriptPath] = ReloadScript },
        };
        _preview = new PreviewBuild(_options);
    }

    /// <summary>The temporary folder the preview is built in; removed on dispose.</summary>
    public string Folder => _folder;

    /// <summary>The address the site is served at.</summary>
    public string Address => $"http://127.0.0.1:{_port}{_basePath}";

    /// <summary>Builds and starts serving; false when the first build fails (nothing to serve) or the port is taken.</summary>
    public bool Start()
    {
        _output.WriteLine($"Building a preview in {_folder} (a temporary folder, removed when you stop).");
        if (!Rebuild())
        {
            return false;
        }

        _listener.Prefixes.Add($"http://127.0.0.1:{_port}/");
        try
        {
            _listener.Start();
        }
        catch (HttpListenerException ex)
        {
            _error.WriteLine($"sitegen serve: cannot listen on 127.0.0.1:{_port}: {ex.Message}. Fix: stop whatever uses that port, or choose another with --port.");
            return false;
        }

        _ = Task.Run(AcceptLoop);
        Watch();
        _output.WriteLine($"Serving {Address} (only on this computer). Press Ctrl+C to stop.");
        return true;
    }

    /// <summary>Builds the whole site again; true when it succeeded and open pages were told to reload.</summary>
    public bool Rebuild() => Rebuild(null);

    /// <summary>
    /// Builds again after files changed: only the changed page when nothing else can show the
    /// change, else the whole site. True when it succeeded and open pages were told to reload.
    /// </summary>
    /// <param name="changed">The full path of everything that changed, or null for a whole build.</param>
    public bool Rebuild(IReadOnlyCollection<string>? changed)
    {
        _building.Wait();
        try
        {
            if (_disposed)
            {
                return false;
            }

            BuildResult result;
            try
            {
                result = changed is null ? _preview.BuildAll() : _preview.Update(changed);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A folder or file went away while it was being read: the save that follows rebuilds.
                _preview.Forget();
                _error.WriteLine($"sitegen serve: a file changed while it was being read ({ex.Message}); it will be read again when it is saved.");
                _error.WriteLine($"Still serving the last good build at {Address}.");
                return false;
            }

            BuildReporter.Print(result, _options with { WriteOutput = false }, _error); // serve never touches the output folder; it says what it still serves
            if (!result.Succeeded)
            {
                if (_listener.IsListening)
                {
                    _error.WriteLine($"Still serving the last good build at {Address}.");
                }

                return false;
            }

            if (result.OnlyPage is { } page)
            {
                var others = result.PageCount - 1;
                var which = others == 0 ? "alone" : $"and the {others} page{(others == 1 ? "" : "s")} that list it";
                _output.WriteLine($"Rebuilt {page} {which} in {result.Elapsed.TotalMilliseconds:0} ms.");
                Broadcast("reload");
                _preview.UpdateSearch(); // after the reload: the page on screen does not need it
                return true;
            }

            if (result.OnlyTemplates)
            {
                _output.WriteLine($"Rebuilt the {result.PageCount} page{(result.PageCount == 1 ? "" : "s")} that use the changed templates in {result.Elapsed.TotalMilliseconds:0} ms.");
                Broadcast("reload");
                return true;
            }

            _basePath = ReadBasePath();
            _output.WriteLine($"Built {result.PageCount} pages in {result.Elapsed.TotalSeconds:0.00}s.");
            Broadcast("reload");
            return true;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>Stops watching and serving, waits for a rebuild under way, and removes the temporary folder.</summary>
    public void Dispose()
    {
        List<FileSystemWatcher> watchers;
        lock (_gate)
        {
            watchers = [.. _fileWatchers];
            _fileWatchers.Clear();
        }

        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        lock (_gate)
        {
            _debounce?.Dispose();
        }

        if (!_building.Wait(0))
        {
            _output.WriteLine("Stopping once the build under way has finished.");
            _building.Wait(); // a build writing into the folder finishes before the folder goes
        }

        _disposed = true;
        _building.Release();
        lock (_gate)
        {
            foreach (var response in _watchers)
            {
                response.Abort();
            }

            _watchers.Clear();
        }

        if (_listener.IsListening)
        {
            _listener.Stop();
        }

        _listener.Close();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string ReadBasePath()
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        return Configuration.SiteConfigLoader.Load(_configPath, "site.yaml", diagnostics)?.BasePath ?? "/";
    }

    private static readonly string[] WatchedFolders = ["content", "themes", "static"];

    private void Watch()
    {
        var root = Path.GetDirectoryName(_configPath)!;
        foreach (var folder in WatchedFolders.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
        {
            AddWatcher(new FileSystemWatcher(folder) { IncludeSubdirectories = true });
        }

        // The site's own folder: site.yaml, and a content/, themes/ or static/ folder made (or
        // renamed into place) while serving, which is then watched too.
        var top = new FileSystemWatcher(root);
        top.Created += (_, e) => WatchNewFolder(e.FullPath);
        top.Renamed += (_, e) => WatchNewFolder(e.FullPath);
        top.Changed += (_, e) =>
        {
            if (e.FullPath == _configPath)
            {
                Schedule(null);
            }
        };
        AddWatcher(top, everything: false);
    }

    private void WatchNewFolder(string path)
    {
        if (path == _configPath)
        {
            Schedule(null);
            return;
        }

        if (!Directory.Exists(path) || Array.IndexOf(WatchedFolders, Path.GetFileName(path)) < 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_disposed || _fileWatchers.Exists(w => w.Path == path))
            {
                return;
            }
        }

        AddWatcher(new FileSystemWatcher(path) { IncludeSubdirectories = true });
        Schedule(null);
    }

    private void AddWatcher(FileSystemWatcher watcher, bool everything = true)
    {
        if (everything)
        {
            // A file written in place may be a page's body alone; a file made, moved or
            // removed changes what the site holds: a whole build.
            watcher.Changed += (_, e) => Schedule(e.FullPath);
            watcher.Created += (_, _) => Schedule(null);
            watcher.Deleted += (_, _) => Schedule(null);
            watcher.Renamed += (_, _) => Schedule(null);
        }

        watcher.EnableRaisingEvents = true;
        lock (_gate)
        {
            _fileWatchers.Add(watcher);
        }
    }

    /// <param name="path">What changed; null when the whole site must be built again.</param>
    private void Schedule(string? path)
    {
        // Editors save in bursts (truncate and write, or temp file and rename); one rebuild per
        // burst. The wait is short, since an editor waits for the reload after it.
        lock (_gate)
        {
            if (path is null)
            {
                _changedEverything = true;
            }
            else
            {
                _changed.Add(path);
            }

            _debounce?.Dispose();
            _debounce = new Timer(_ => Rebuild(TakeChanges()), null, 50, Timeout.Infinite);
        }
    }

    private IReadOnlyCollection<string>? TakeChanges()
    {
        lock (_gate)
        {
            IReadOnlyCollection<string>? changed = _changedEverything ? null : [.. _changed];
            _changed.Clear();
            _changedEverything = false;
            return changed;
        }
    }

    private async Task AcceptLoop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            if (!path.StartsWith(_basePath, StringComparison.Ordinal))
            {
                Redirect(response, _basePath);
                return;
            }

            var sitePath = path[_basePath.Length..];
            if (sitePath == EventsPath)
            {
                OpenEventStream(response);
                return;
            }

            var file = StaticFiles.Find(_folder, sitePath, out var folderWithoutSlash);
            if (folderWithoutSlash)
            {
                Redirect(response, path + "/");
                return;
            }

            response.StatusCode = file is null ? 404 : 200;
            file ??= Path.Combine(_folder, "404.html");
            response.ContentType = StaticFiles.ContentType(file);
            var bytes = _preview.Folder.Read(file); // never a page half written by an update
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
            response.Close();
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException)
        {
            response.Abort();
        }
    }

    private void OpenEventStream(HttpListenerResponse response)
    {
        response.ContentType = "text/event-stream";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        response.OutputStream.Write(": connected\n\n"u8);
        response.OutputStream.Flush();
        lock (_gate)
        {
            _watchers.Add(response);
        }
    }

    private void Broadcast(string message)
    {
        var bytes = Encoding.UTF8.GetBytes($"data: {message}\n\n");
        lock (_gate)
        {
            foreach (var response in _watchers.ToList())
            {
                try
                {
                    response.OutputStream.Write(bytes);
                    response.OutputStream.Flush();
                }
                catch (Exception ex) when (ex is IOException or HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    _watchers.Remove(response); // the page was closed
                }
            }
        }
    }

    private static void Redirect(HttpListenerResponse response, string location)
    {
        response.StatusCode = 302;
        response.RedirectLocation = location;
        response.Close();
    }

    private const string ReloadScript = """
        // sitegen serve only: reload the page after a successful rebuild.
        (function () {
          "use strict";
          var script = document.currentScript;
          if (!script || !window.EventSource) { return; }
          var events = new EventSource(new URL("events", script.src).href);
          events.onmessage = function (event) {
            if (event.data === "reload") { window.location.reload(); }
          };
        })();
        """;
}
