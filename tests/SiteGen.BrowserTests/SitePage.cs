namespace SiteGen.BrowserTests;

/// <summary>One page of a built site: its file in the output folder and the address a browser opens.</summary>
/// <param name="File">Relative to the output folder, with forward slashes ("help/index.html").</param>
/// <param name="Url">The served http address, or the file:// address for the for-disk build.</param>
public sealed record SitePage(string File, Uri Url)
{
    /// <summary>How failure messages name the page: its address path ("/help/"), or its file for the disk build.</summary>
    public override string ToString() => Url.IsFile ? File : Url.AbsolutePath;
}
