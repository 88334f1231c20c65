using System.Net;
using System.Net.Sockets;

namespace SiteGen.BrowserTests;

/// <summary>
/// A tiny static web host on 127.0.0.1, as the site would be published: a folder's
/// index.html answers for the folder, a folder without its trailing slash is redirected, and a
/// missing file gets 404.html with status 404.
/// </summary>
public sealed class StaticFileServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly string _root;
    private readonly string _basePath;
    private readonly Task _accepting;
    private readonly IReadOnlyDictionary<string, string> _headers;

    private StaticFileServer(HttpListener listener, string root, string basePath, Uri origin, IReadOnlyDictionary<string, string> headers)
    {
        _headers = headers;
        _listener = listener;
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        Origin = origin;
        _accepting = Task.Run(AcceptAsync);
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri Origin { get; }

    /// <summary>Serves <paramref name="root"/> at <paramref name="basePath"/> (the site's base_path) on a free port, with <paramref name="headers"/> on every response.</summary>
    public static StaticFileServer Start(string root, string basePath, IReadOnlyDictionary<string, string>? headers = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var origin = new Uri($"http://127.0.0.1:{FreePort()}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(origin.AbsoluteUri);
            try
            {
                listener.Start();
                return new StaticFileServer(listener, root, basePath, origin, headers ?? new Dictionary<string, string>());
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close(); // the port was taken in between: try another
            }
        }
    }

    /// <summary>The absolute address of a site path such as "/help/".</summary>
    public Uri Url(string sitePath) => new(Origin, sitePath);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _accepting;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        try
        {
            response.Headers["Cache-Control"] = "no-store";
            foreach (var (name, value) in _headers)
            {
                response.Headers[name] = value;
            }
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
                return;
            }

            var path = Uri.UnescapeDataString(request.Url!.AbsolutePath);
            var file = Find(path, out var redirect);
            if (redirect is not null)
            {
                response.StatusCode = 301;
                response.RedirectLocation = redirect + request.Url.Query;
                return;
            }

            if (file is null)
            {
                response.StatusCode = 404;
                file = Path.Combine(_root, "404.html");
                if (!File.Exists(file))
                {
                    return;
                }
            }

            var body = await File.ReadAllBytesAsync(file);
            response.ContentType = SiteGen.Cli.Serve.StaticFiles.ContentType(file); // the same types sitegen serve uses
            response.ContentLength64 = body.Length;
            if (request.HttpMethod == "GET")
            {
                await response.OutputStream.WriteAsync(body);
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // the browser went away mid-response: nothing to do
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                // already closed by the listener stopping
            }
        }
    }

    /// <summary>The file for a request path, or null; sets <paramref name="redirect"/> for a folder asked for without its slash.</summary>
    private string? Find(string path, out string? redirect)
    {
        redirect = path + "/" == _basePath ? _basePath : null; // the site's own folder, asked for without its slash
        if (redirect is not null || !path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return null;
        }

        var file = SiteGen.Cli.Serve.StaticFiles.Find(_root, path[_basePath.Length..], out var folderWithoutSlash);
        redirect = folderWithoutSlash ? path + "/" : null;
        return file;
    }
}
