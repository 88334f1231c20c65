namespace SiteGen.BrowserTests;

/// <summary>What one page did while it loaded and was scrolled to its end: the raw material of the privacy tests.</summary>
/// <param name="ExternalRequests">Every request to another host (each was aborted).</param>
/// <param name="Errors">Console errors and uncaught exceptions.</param>
/// <param name="Stored">Cookies and browser storage the page left behind.</param>
public sealed record PageLoadReport(IReadOnlyList<string> ExternalRequests, IReadOnlyList<string> Errors, IReadOnlyList<string> Stored);
