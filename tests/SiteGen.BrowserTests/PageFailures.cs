using System.Collections.Concurrent;
using System.Text;

namespace SiteGen.BrowserTests;

/// <summary>
/// Problems found while a test loops over pages, collected so one assertion at the end names
/// every failing page and everything wrong with it, not just the first.
/// </summary>
public sealed class PageFailures
{
    private readonly ConcurrentQueue<(string Page, string Problem)> _items = new();

    public bool IsEmpty => _items.IsEmpty;

    public void Add(SitePage page, string problem) => Add(page.ToString(), problem);

    public void Add(string page, string problem) => _items.Enqueue((page, problem));

    public void AddRange(SitePage page, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            Add(page, problem);
        }
    }

    /// <summary>Fails with every problem, grouped by page, under <paramref name="what"/>.</summary>
    public void AssertNone(string what)
    {
        if (_items.IsEmpty)
        {
            return;
        }

        var byPage = _items.GroupBy(i => i.Page).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var message = new StringBuilder($"{what}: {byPage.Count} page(s) failed.");
        foreach (var page in byPage)
        {
            message.AppendLine().Append("  ").Append(page.Key);
            foreach (var (_, problem) in page)
            {
                message.AppendLine().Append("    - ").Append(problem);
            }
        }

        Assert.Fail(message.ToString());
    }
}
