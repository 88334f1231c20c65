using Microsoft.Playwright;

namespace SiteGen.Bench;

/// <summary>
/// The conditions a search is measured under: as the machine is, or a slow phone on a slow
/// connection (Chrome DevTools' CPU throttling four times, and slow-3G-like network: 400 ms
/// latency, 400 kbit/s each way), set through the Chrome DevTools Protocol.
/// </summary>
/// <param name="Name">As the table names it.</param>
/// <param name="CpuSlowdown">Chromium's CPU throttling rate; 1 for none.</param>
/// <param name="Latency">Added to every request, in milliseconds; 0 for none.</param>
/// <param name="BytesPerSecond">Download and upload throughput; 0 for no limit.</param>
internal sealed record NetworkProfile(string Name, double CpuSlowdown, double Latency, double BytesPerSecond)
{
    /// <summary>No throttling.</summary>
    public static NetworkProfile Unthrottled { get; } = new("unthrottled", 1, 0, 0);

    /// <summary>CPU four times slower, 400 ms latency, 400 kbit/s (51,200 bytes/s) down and up.</summary>
    public static NetworkProfile SlowMobile { get; } = new("mobile (CPU 4x, 400 ms, 400 kbit/s)", 4, 400, 400 * 1024 / 8);

    /// <summary>Sets the conditions on <paramref name="page"/> (nothing to do when unthrottled).</summary>
    public async Task ApplyAsync(IPage page)
    {
        if (this == Unthrottled)
        {
            return;
        }

        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = CpuSlowdown });
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = Latency,
            ["downloadThroughput"] = BytesPerSecond,
            ["uploadThroughput"] = BytesPerSecond,
        });
    }
}
