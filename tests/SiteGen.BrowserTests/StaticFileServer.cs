using System.Net;
using SiteGen.Bench;

namespace SiteGen.BrowserTests;

/// <summary>
/// A tiny static web host on 127.0.0.1, as the site would be published: a folder's
/// index.html answers for the folder, a folder without its trailing slash is redirected, and a
/// missing file gets 404.html with status 404.
/// </summary>
public sealed class StaticFileServer : LoopbackHost
{
    private readonly string _root;
    private readonly string _basePath;
    private readonly IReadOnlyDictionary<string, string> _headers;

    private StaticFileServer(string root, string basePath, IReadOnlyDictionary<string, string> headers)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        _headers = headers;
        Accept();
    }

    /// <summary>Serves <paramref name="root"/> at <paramref name="basePath"/> (the site's base_path) on a free port, with <paramref name="headers"/> on every response.</summary>
    public static StaticFileServer Start(string root, string basePath, IReadOnlyDictionary<string, string>? headers = null) =>
        new(root, basePath, headers ?? new Dictionary<string, string>());

    /// <inheritdoc/>
    protected override async Task RespondAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
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
