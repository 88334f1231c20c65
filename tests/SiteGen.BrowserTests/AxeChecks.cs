using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SiteGen.BrowserTests;

/// <summary>The one set of axe rules every browser test checks against: WCAG 2.2 AA, and how they are run.</summary>
internal static class AxeChecks
{
    /// <summary>axe's WCAG A and AA rules up to 2.2 (wcag22aa switches on target-size among others).</summary>
    public static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary><see cref="WcagAA"/> as axe.run takes it.</summary>
    private static readonly string WcagAAJson = JsonConvert.SerializeObject(WcagAA);

    /// <summary>The axe-core script the package bundles.</summary>
    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// Runs the <see cref="WcagAA"/> rules on <paramref name="page"/> and the frames in it, with
    /// axe-core's own <c>axe.run</c> in the page. The package's <c>RunAxe</c> runs the same rules
    /// in two steps instead, sending axe's 650 KB script twice and opening a new browser context
    /// for the second step on every call: four times as long as this over every page of the
    /// site on a two-core machine. Its split is for frames from other hosts, and no page here
    /// may load anything from another host.
    /// </summary>
    public static async Task<AxeResult> RunAsync(IPage page)
    {
        foreach (var frame in page.Frames)
        {
            await frame.EvaluateAsync(Script.Value);
        }

        var result = await page.EvaluateAsync<string>(
            "async options => JSON.stringify(await axe.run(document, JSON.parse(options)))",
            WcagAAJson);
        return new AxeResult(JObject.Parse(result));
    }

    /// <summary>Each violation as "rule (impact): help. Elements: selectors".</summary>
    public static IEnumerable<string> Describe(AxeResult result) =>
        result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}. Elements: {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
}
