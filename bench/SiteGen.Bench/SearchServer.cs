using System.Collections.Concurrent;
using System.Net;

namespace SiteGen.Bench;

/// <summary>
/// A small static web host on 127.0.0.1 for the search comparison, as a site is published: a
/// folder's index.html answers for the folder (a folder without its trailing slash is redirected),
/// every body is sent gzipped (GZip, level Optimal, each file compressed once and kept), and
/// files may be cached by the browser for an hour, as a host would let it. It logs every response
/// it sends, so the harness counts what went over the wire between two moments; what the browser
/// takes from its own cache never reaches the server and is not counted. Each response closes its
/// connection: with keep-alive, a throttled search at 1,000 pages failed with ERR_CONNECTION_RESET
/// (most likely HttpListener closing an idle keep-alive connection that the throttled Chromium
/// then reused; not looked into further), and without it the same run passes.
/// </summary>
internal sealed class SearchServer : LoopbackHost
{
    private readonly string _root;
    private readonly ConcurrentDictionary<string, byte[]> _gzipped = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ServedResponse> _log = new();

    private SearchServer(string root)
    {
        _root = Path.GetFullPath(root);
        Accept();
    }

    /// <summary>How many responses have been sent so far: a mark to count from with <see cref="SentSince"/>.</summary>
    public int Mark => _log.Count;

    /// <summary>Serves <paramref name="root"/> at / on a free port.</summary>
    public static SearchServer Start(string root) => new(root);

    /// <summary>The responses sent since <paramref name="mark"/> (a <see cref="Mark"/> taken earlier).</summary>
    public IReadOnlyList<ServedResponse> SentSince(int mark) => [.. _log.Skip(mark)];

    /// <inheritdoc/>
    protected override async Task RespondAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.KeepAlive = false; // see the class summary: keep-alive connections were reset under throttling
        var path = Uri.UnescapeDataString(request.Url!.AbsolutePath);
        var file = Find(path, out var redirect);
        if (request.HttpMethod != "GET")
        {
            response.StatusCode = 405;
        }
        else if (redirect is not null)
        {
            response.StatusCode = 301;
            response.RedirectLocation = redirect + request.Url.Query;
            _log.Enqueue(new ServedResponse(request.Url.PathAndQuery, 301, 0, 0));
        }
        else if (file is null)
        {
            response.StatusCode = 404;
            _log.Enqueue(new ServedResponse(request.Url.PathAndQuery, 404, 0, 0));
        }
        else
        {
            var gzip = _gzipped.GetOrAdd(file, f => Format.Gzip(File.ReadAllBytes(f)));
            response.ContentType = ContentType(file);
            response.Headers["Cache-Control"] = "max-age=3600";
            response.Headers["Content-Encoding"] = "gzip";
            response.ContentLength64 = gzip.Length;
            _log.Enqueue(new ServedResponse(request.Url.PathAndQuery, 200, new FileInfo(file).Length, gzip.Length));
            await response.OutputStream.WriteAsync(gzip);
        }
    }

    /// <summary>The same types <c>sitegen serve</c> sends, and WebAssembly's (Pagefind compiles its search with it).</summary>
    private static string ContentType(string file) =>
        Path.GetExtension(file) == ".wasm" ? "application/wasm" : SiteGen.Cli.Serve.StaticFiles.ContentType(file);

    /// <summary>The file for a request path, or null; sets <paramref name="redirect"/> for a folder asked for without its slash.</summary>
    private string? Find(string path, out string? redirect)
    {
        var file = SiteGen.Cli.Serve.StaticFiles.Find(_root, path, out var folderWithoutSlash);
        redirect = folderWithoutSlash ? path + "/" : null;
        return file;
    }
}
