using Deque.AxeCore.Commons;

namespace SiteGen.BrowserTests;

/// <summary>The one set of axe rules every browser test checks against: WCAG 2.2 AA.</summary>
internal static class AxeChecks
{
    /// <summary>axe's WCAG A and AA rules up to 2.2 (wcag22aa switches on target-size among others).</summary>
    public static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Each violation as "rule (impact): help. Elements: selectors".</summary>
    public static IEnumerable<string> Describe(AxeResult result) =>
        result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}. Elements: {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
}
