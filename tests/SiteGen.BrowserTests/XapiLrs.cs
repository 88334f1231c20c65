using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Bench;
using SiteGen.Tests.Support;

namespace SiteGen.BrowserTests;

/// <summary>
/// A learning record store for the xAPI tests: Learning Locker's <c>xapi-statements</c> (npm, in
/// <c>Lms/</c>) run in memory on 127.0.0.1, behind a small proxy that can answer the next POSTs of
/// statements with 500 (an LRS having a bad minute) and records every statement the browser sent;
/// and a copy of the example site whose site.yaml names the proxy as its store, built by the
/// <c>sitegen build</c> command as its own process, and served.
/// </summary>
public sealed class XapiLrs : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly ConcurrentQueue<string> _sentIds = new();
    private readonly ConcurrentQueue<string> _authorizations = new();
    private readonly HttpClient _client = new();
    private Process? _lrs;
    private Proxy? _proxy;
    private string? _folder;
    private StaticFileServer? _site;
    private int _lrsPort;
    private int _failNext;

    /// <summary>The site, served.</summary>
    public StaticFileServer Site => _site ?? throw new InvalidOperationException("Not started.");

    /// <summary>The store's xAPI endpoint as site.yaml gives it (the proxy).</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>The Authorization headers statements were sent with.</summary>
    public IReadOnlyCollection<string> Authorizations => [.. _authorizations];

    /// <summary>The credentials cmi5's fetch URL (<c>/fetch</c> on the proxy) hands out, as xapi-statements' test double takes any.</summary>
    public const string FetchedToken = "bGVhcm5lcjpzZWNyZXQ=";

    /// <summary>Every statement id the browser sent, failed sends and retries included.</summary>
    public IReadOnlyCollection<string> SentIds => [.. _sentIds];

    /// <summary>The next <paramref name="count"/> POSTs of statements are answered 500 and not passed on.</summary>
    public void FailNextPosts(int count) => Interlocked.Exchange(ref _failNext, count);

    public async Task InitializeAsync()
    {
        var repository = RepositoryRoot.Find();
        var lms = Path.Combine(repository, "tests", "SiteGen.BrowserTests", "Lms");
        var service = Path.Combine(lms, "node_modules", "xapi-statements", "dist", "index.js");
        Assert.True(File.Exists(service), $"xapi-statements is not installed at {service}: building the browser tests runs npm ci in tests/SiteGen.BrowserTests/Lms.");
        _folder = Directory.CreateTempSubdirectory("sitegen-xapi-").FullName;
        _lrsPort = LoopbackHost.FreePort();
        var start = new ProcessStartInfo("node", [service]) { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        // In memory, with its test doubles for credentials and events (its defaults want MongoDB and Redis, which this machine has not).
        foreach (var (name, value) in new[] { ("AUTH_REPO", "test"), ("EVENTS_REPO", "test"), ("MODELS_REPO", "memory"), ("STORAGE_REPO", "memory"),
            ("EXPRESS_PORT", _lrsPort.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("WINSTON_CONSOLE_LEVEL", "error"),
            ("EXPRESS_MORGAN_DIRECTORY", Path.Combine(_folder, "access-logs")) }) // never into the repository
        {
            start.Environment[name] = value;
        }

        _lrs = Process.Start(start)!;
        _lrs.OutputDataReceived += (_, _) => { };
        _lrs.ErrorDataReceived += (_, _) => { };
        _lrs.BeginOutputReadLine();
        _lrs.BeginErrorReadLine();
        await WaitForStore();

        _proxy = new Proxy(this);
        Endpoint = _proxy.Url("/xAPI/").AbsoluteUri;

        var site = Path.Combine(_folder, "site");
        File.WriteAllText(Path.Combine(site, "site.yaml").EnsureFolder(), File.ReadAllText(Path.Combine(repository, "site.yaml")) +
            $"\nlearning_record_store:\n  endpoint: {Endpoint}\n  credentials: none\n");
        Corpus.CopyFolder(Path.Combine(repository, "content"), Path.Combine(site, "content"));
        var (code, output, error) = await SiteGenProcess.RunAsync(site, "build", "--out", Path.Combine(_folder, "output"));
        Assert.True(code == 0, $"sitegen build failed on the example site with a learning record store:\n{output}\n{error}");
        _site = StaticFileServer.Start(Path.Combine(_folder, "output"), "/");
    }

    /// <summary>Every statement the store holds, read back through its own statements API (following <c>more</c>).</summary>
    public async Task<List<JsonObject>> StoredStatementsAsync()
    {
        var found = new List<JsonObject>();
        var next = $"http://127.0.0.1:{_lrsPort}/xAPI/statements?limit=100";
        while (next is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add("X-Experience-API-Version", "1.0.3");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("test:test")));
            using var response = await _client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            found.AddRange(body["statements"]!.AsArray().Select(s => s!.AsObject()));
            var more = body["more"]?.GetValue<string>();
            next = string.IsNullOrEmpty(more) ? null : $"http://127.0.0.1:{_lrsPort}" + more;
        }

        return found;
    }

    private async Task WaitForStore()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await _client.GetAsync($"http://127.0.0.1:{_lrsPort}/xAPI/about");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (clock.Elapsed < Patience && !_lrs!.HasExited)
            {
                // Not listening yet: ask again.
            }

            Assert.True(clock.Elapsed < Patience && !_lrs!.HasExited, "xapi-statements did not start.");
            await Task.Delay(100);
        }
    }

    private async Task Forward(HttpListenerContext context)
    {
        var request = context.Request;
        using var body = new MemoryStream();
        await request.InputStream.CopyToAsync(body);
        var isPost = request.HttpMethod == "POST" && request.Url!.AbsolutePath.EndsWith("/statements", StringComparison.Ordinal);
        if (isPost)
        {
            var sent = JsonNode.Parse(body.ToArray())!;
            foreach (var statement in sent is JsonArray list ? list : new JsonArray(sent.DeepClone()))
            {
                _sentIds.Enqueue(statement!["id"]!.GetValue<string>());
            }
        }

        var response = context.Response;
        response.AddHeader("Access-Control-Allow-Origin", request.Headers["Origin"] ?? "*");
        if (request.HttpMethod == "POST" && request.Url!.AbsolutePath == "/fetch")
        {
            // cmi5's fetch URL: the LMS's one-time credentials for this launch.
            response.ContentType = "application/json";
            await response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes($$"""{"auth-token":"{{FetchedToken}}"}"""));
            return;
        }

        if (isPost && request.Headers["Authorization"] is { } authorization)
        {
            _authorizations.Enqueue(authorization);
        }
        if (isPost && Interlocked.Decrement(ref _failNext) >= 0)
        {
            response.StatusCode = 500;
            return;
        }

        using var forward = new HttpRequestMessage(new HttpMethod(request.HttpMethod), $"http://127.0.0.1:{_lrsPort}{request.Url!.PathAndQuery}");
        if (body.Length > 0)
        {
            forward.Content = new ByteArrayContent(body.ToArray());
        }

        foreach (var name in request.Headers.AllKeys.OfType<string>().Where(n => n is not ("Host" or "Content-Length" or "Connection")))
        {
            if (!forward.Headers.TryAddWithoutValidation(name, request.Headers[name]) && forward.Content is not null)
            {
                forward.Content.Headers.TryAddWithoutValidation(name, request.Headers[name]);
            }
        }

        using var answer = await _client.SendAsync(forward);
        response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, values) in answer.Headers.Concat(answer.Content.Headers).Where(h => h.Key is not ("Transfer-Encoding" or "Content-Length" or "Connection" or "Access-Control-Allow-Origin")))
        {
            response.AddHeader(name, string.Join(", ", values));
        }

        var bytes = await answer.Content.ReadAsByteArrayAsync();
        await response.OutputStream.WriteAsync(bytes);
    }

    /// <summary>The proxy in front of the store: every request goes through <see cref="Forward"/>.</summary>
    private sealed class Proxy : LoopbackHost
    {
        private readonly XapiLrs _lrs;

        public Proxy(XapiLrs lrs)
        {
            _lrs = lrs;
            Accept();
        }

        protected override Task RespondAsync(HttpListenerContext context) => _lrs.Forward(context);
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        if (_lrs is { HasExited: false })
        {
            _lrs.Kill(entireProcessTree: true);
            await _lrs.WaitForExitAsync();
        }

        _lrs?.Dispose();
        _client.Dispose();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
