using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>What a page keeps in the browser's storage, read as the page's own script reads it.</summary>
public static class BrowserStorage
{
    /// <summary>An item of <c>localStorage</c> or <c>sessionStorage</c>, or null when there is none.</summary>
    public static Task<string?> StoredAsync(IPage page, string storage, string key) =>
        page.EvaluateAsync<string?>("([s, k]) => window[s].getItem(k)", new[] { storage, key });

    /// <summary>A stored item's JSON; fails the test when nothing was stored.</summary>
    public static JsonElement Json(string? text)
    {
        Assert.NotNull(text);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
