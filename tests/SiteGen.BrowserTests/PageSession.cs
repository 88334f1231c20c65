using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// One page in its own fresh browser context, recording what the site must never do: send a
/// request to another host (each is recorded and aborted, so nothing leaves the machine), log a
/// console error, or throw an uncaught exception.
/// </summary>
public sealed partial class PageSession : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _externalRequests = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<Uri> _allowed = new();
    private int _inFlight;

    private PageSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Every request to another host, except those <see cref="Allow"/>ed (the quick exit's destination, stubbed).</summary>
    public IReadOnlyList<string> ExternalRequests => [.. _externalRequests];

    /// <summary>Every console message of type error and every uncaught exception, with where it happened.</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    /// <summary>Opens a blank page in a fresh context of <paramref name="browser"/>.</summary>
    public static async Task<PageSession> OpenAsync(IBrowser browser, BrowserNewContextOptions? options = null)
    {
        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        try
        {
            var page = await context.NewPageAsync();
            var session = new PageSession(context, page);
            context.Request += (_, request) => session.OnRequest(request.Url);
            context.RequestFinished += (_, _) => Interlocked.Decrement(ref session._inFlight);
            context.RequestFailed += (_, _) => Interlocked.Decrement(ref session._inFlight);
            await context.RouteAsync(OtherHosts(), route => route.AbortAsync("blockedbyclient"));
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    session._errors.Enqueue($"console error: {message.Text} (at {message.Location})");
                }
            };
            page.PageError += (_, error) => session._errors.Enqueue($"uncaught exception: {error}");
            return session;
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    /// <summary>True for addresses that stay on this machine: the test server, files, data: and about: URLs.</summary>
    public static bool IsLocal(string url) => !OtherHosts().IsMatch(url);

    /// <summary>
    /// Addresses on another host: any scheme with an authority (http, https, ws, ftp) but the
    /// test server's http(s)://127.0.0.1, file:// and Chromium's own error pages. A pattern, so
    /// the browser matches it itself: a test of each request in this process would stop every
    /// request of every page on its way, for a round trip here and back, and load the site a
    /// third more slowly.
    /// </summary>
    [GeneratedRegex(@"^(?!https?://127\.0\.0\.1(?::[0-9]+)?(?:[/?#]|$))(?!file:|chrome-error:)[a-z][a-z0-9+.\-]*://", RegexOptions.IgnoreCase)]
    private static partial Regex OtherHosts();

    /// <summary>True when two addresses name the same resource (the fragment aside).</summary>
    public static bool SameAddress(string url, Uri expected) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && string.Equals(uri.GetLeftPart(UriPartial.Query), expected.GetLeftPart(UriPartial.Query), StringComparison.Ordinal);

    /// <summary>Forgets what has been recorded, before the session moves on to another page.</summary>
    public void ClearRecords()
    {
        _externalRequests.Clear();
        _errors.Clear();
    }

    /// <summary>Stops recording requests to <paramref name="url"/> as unexpected (a test stubs it).</summary>
    public void Allow(Uri url) => _allowed.Enqueue(url);

    /// <summary>Opens <paramref name="url"/> and waits for it to load; fails when it does not answer 200.</summary>
    public async Task GotoAsync(Uri url)
    {
        var response = await Page.GotoAsync(url.AbsoluteUri);
        if (response is not null && !response.Ok)
        {
            throw new InvalidOperationException($"{url} answered {response.Status} {response.StatusText}.");
        }
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    /// <summary>
    /// Waits until every request the page has started has finished (a script that loads data
    /// when something is focused, say) and the page has drawn the result, as it would have
    /// before a reader on a good connection pressed another key.
    /// </summary>
    public async Task SettleAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Volatile.Read(ref _inFlight) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        await Page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    /// <summary>True while the page has requests that have not finished.</summary>
    public bool IsLoading => Volatile.Read(ref _inFlight) > 0;

    private void OnRequest(string url)
    {
        Interlocked.Increment(ref _inFlight);
        if (!IsLocal(url) && !_allowed.Any(allowed => SameAddress(url, allowed)))
        {
            _externalRequests.Enqueue(url);
        }
    }
}
