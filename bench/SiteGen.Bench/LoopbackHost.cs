using System.Net;
using System.Net.Sockets;

namespace SiteGen.Bench;

/// <summary>
/// A web host on 127.0.0.1 at a free port, for the harness and the browser tests (which share it):
/// each request is answered on its own task by <see cref="RespondAsync"/>, the response is closed
/// afterwards whatever happened, and a browser that goes away mid-response is not an error.
/// </summary>
public abstract class LoopbackHost : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private Task _accepting = Task.CompletedTask;

    /// <summary>Listens on a free port (another one if the port was taken in between).</summary>
    protected LoopbackHost()
    {
        for (var attempt = 0; ; attempt++)
        {
            Origin = new Uri($"http://127.0.0.1:{FreePort()}/");
            _listener = new HttpListener();
            _listener.Prefixes.Add(Origin.AbsoluteUri);
            try
            {
                _listener.Start();
                return;
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                _listener.Close();
            }
        }
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri Origin { get; }

    /// <summary>The absolute address of a path such as "/help/" or "search/?q=grooming".</summary>
    public Uri Url(string path) => new(Origin, path);

    /// <summary>A port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _accepting;
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts answering requests: called by the subclass once it is ready to.</summary>
    protected void Accept() => _accepting = Task.Run(AcceptAsync);

    /// <summary>Answers one request; the response is closed afterwards.</summary>
    protected abstract Task RespondAsync(HttpListenerContext context);

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

            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        try
        {
            await RespondAsync(context);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // the browser went away mid-response: nothing to do
        }
        finally
        {
            try
            {
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                // already closed by the listener stopping
            }
        }
    }
}
