namespace SiteGen.BrowserTests;

/// <summary>An address a page uses, as read in the browser.</summary>
public sealed class PageAddress
{
    /// <summary>"link" for a[href], the rel of a link element, or "script" or "img".</summary>
    public string Kind { get; set; } = "";

    /// <summary>The address resolved by the browser.</summary>
    public string Url { get; set; } = "";

    /// <summary>The attribute as written in the HTML.</summary>
    public string Raw { get; set; } = "";
}
