namespace SiteGen.Bench;

/// <summary>What the search comparison runs with: Pagefind and a browser, or why it cannot run.</summary>
/// <param name="Pagefind">Pagefind from bench/peers.</param>
/// <param name="Browser">Chromium, when it started.</param>
/// <param name="Missing">Null when both are there; else why the comparison is skipped.</param>
internal sealed record SearchPeers(PagefindTool Pagefind, SearchBrowser? Browser, string? Missing);
