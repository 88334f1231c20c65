using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Stands in for the quick exit's destination (a real site elsewhere): the page's requests to
/// that address are answered here with a small neutral page, so nothing leaves the machine, and
/// each one is recorded with the Referer it carried.
/// </summary>
public sealed class QuickExitStub
{
    /// <summary>The title of the page answered for the quick exit address.</summary>
    public const string NeutralTitle = "Weather";

    public const string NeutralPage =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + NeutralTitle + "</title></head><body><h1>Weather</h1><p>Sunny spells.</p></body></html>";

    private readonly ConcurrentQueue<string?> _referers = new();
    private readonly TaskCompletionSource _requested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _hold;

    private QuickExitStub(Uri url) => Url = url;

    /// <summary>The quick exit address (site.yaml's quick_exit.url).</summary>
    public Uri Url { get; }

    /// <summary>How many times the destination was asked for.</summary>
    public int Visits => _referers.Count;

    /// <summary>The Referer header of each visit (null when none was sent).</summary>
    public IReadOnlyList<string?> Referers => [.. _referers];

    /// <summary>Answers <paramref name="session"/>'s requests for <paramref name="url"/>.</summary>
    public static async Task<QuickExitStub> InstallAsync(PageSession session, Uri url)
    {
        var stub = new QuickExitStub(url);
        session.Allow(url);
        await session.Page.RouteAsync(address => PageSession.SameAddress(address, url), stub.AnswerAsync);
        return stub;
    }

    /// <summary>Keeps the next answers waiting until <see cref="Release"/>, so a test can look at the page being left.</summary>
    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _hold?.TrySetResult();

    /// <summary>Completes when the destination is first asked for; fails after <paramref name="timeout"/>.</summary>
    public Task WaitForVisitAsync(TimeSpan timeout) => _requested.Task.WaitAsync(timeout);

    /// <summary>
    /// Waits until <paramref name="page"/> shows the quick exit's destination, and fails saying where it is
    /// instead. It watches the page's title rather than using WaitForURLAsync, which looks at the address and
    /// then listens for a navigation: on a busy machine the exit's navigation can land between the two, and
    /// it then waits for one that has already happened.
    /// </summary>
    public async Task WaitForExitAsync(IPage page, TimeSpan timeout)
    {
        try
        {
            await Assertions.Expect(page).ToHaveTitleAsync(NeutralTitle, new PageAssertionsToHaveTitleOptions { Timeout = (float)timeout.TotalMilliseconds });
        }
        catch (PlaywrightException e)
        {
            Assert.Fail($"The quick exit did not reach {Url} within {timeout.TotalSeconds:0} s: the page is at {page.Url}, " +
                $"and the destination was asked for {Visits} time(s). {e.Message}");
        }

        Assert.True(IsExit(page.Url), $"Expected the quick exit address {Url}, but the page is at {page.Url}.");
    }

    /// <summary>True when <paramref name="url"/> is the quick exit address.</summary>
    public bool IsExit(string url) => PageSession.SameAddress(url, Url);

    private async Task AnswerAsync(IRoute route)
    {
        _referers.Enqueue(await route.Request.HeaderValueAsync("referer"));
        _requested.TrySetResult();
        if (_hold is { } hold)
        {
            // Answer once released, without keeping the route handler waiting meanwhile.
            _ = hold.Task.ContinueWith(_ => FulfilAsync(route), TaskScheduler.Default).Unwrap();
            return;
        }

        await FulfilAsync(route);
    }

    private static Task FulfilAsync(IRoute route) =>
        route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = NeutralPage });
}
