namespace SiteGen.Safety;

/// <summary>Something in a page's markup that could turn the page against its readers.</summary>
/// <param name="Code">The diagnostic code.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record MarkupHazard(string Code, string Message, string Fix);
