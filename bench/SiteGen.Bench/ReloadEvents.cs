using System.Diagnostics;
using System.Threading.Channels;

namespace SiteGen.Bench;

/// <summary>
/// The server-sent events stream a page served by <c>sitegen serve</c> listens to, read as a
/// browser's EventSource reads it: the time each <c>data: reload</c> arrives, from the moment it does.
/// </summary>
internal sealed class ReloadEvents : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<long> _reloads = Channel.CreateUnbounded<long>();
    private Task? _reading;

    /// <summary>Opens the stream and waits for the server's first line (": connected").</summary>
    public async Task Open(Uri events)
    {
        var response = await _http.GetAsync(events, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
        response.EnsureSuccessStatusCode();
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
        var first = await reader.ReadLineAsync(_stop.Token);
        if (first != ": connected")
        {
            throw new InvalidOperationException($"The reload stream at {events} began '{first}', not ': connected'.");
        }

        _reading = Task.Run(async () =>
        {
            using (response)
            using (reader)
            {
                try
                {
                    while (await reader.ReadLineAsync(_stop.Token) is { } line)
                    {
                        if (line == "data: reload")
                        {
                            _reloads.Writer.TryWrite(Stopwatch.GetTimestamp());
                        }
                    }
                }
                catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException)
                {
                    // stopped, or the server went away
                }
            }

            _reloads.Writer.TryComplete();
        });
    }

    /// <summary>Forgets reloads that arrived before now (a late one from an earlier save must not end the next wait).</summary>
    public void Drain()
    {
        while (_reloads.Reader.TryRead(out _))
        {
        }
    }

    /// <summary>The timestamp (<see cref="Stopwatch.GetTimestamp"/>) of the next reload to arrive.</summary>
    public async Task<long> Next(TimeSpan patience)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(patience);
        try
        {
            return await _reloads.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No reload event within {patience.TotalMinutes:0} minutes of the save.");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException("The reload stream ended: sitegen serve stopped.");
        }
    }

    /// <summary>Closes the stream.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _reading?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // the stream's own failure, already reported by Next
        }

        _http.Dispose();
        _stop.Dispose();
    }
}
