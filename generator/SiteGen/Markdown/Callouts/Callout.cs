using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;

namespace SiteGen.Markdown.Callouts;

/// <summary>
/// A box for what a reader must not miss ("If you are in danger now"), written
/// <c>::: danger Title</c> ... <c>:::</c>. Its body is ordinary Markdown.
/// </summary>
public sealed class Callout : CustomContainer
{
    /// <summary>Creates a callout opened by <paramref name="parser"/>.</summary>
    public Callout(BlockParser parser)
        : base(parser)
    {
    }

    /// <summary>The kind, the first word after <c>:::</c> (<c>danger</c>, <c>warning</c>, <c>note</c>, <c>help</c>).</summary>
    public string Kind => Info ?? "";

    /// <summary>The title, the rest of the opening line.</summary>
    public string Title => Arguments ?? "";

    /// <summary>True when the closing <c>:::</c> was found.</summary>
    public bool IsClosed => ClosingFencedCharCount > 0;
}
