namespace SiteGen.BrowserTests;

/// <summary>What <see cref="Focus.Describe"/> returns about the focused element.</summary>
public sealed class FocusedElement
{
    public string Element { get; set; } = "";

    public bool IsFirstFocusable { get; set; }

    public double Top { get; set; }

    public double Bottom { get; set; }

    public double Width { get; set; }

    public double Height { get; set; }

    /// <summary>Shown on screen: big enough to see and to hit (24px, WCAG 2.5.8), and inside the viewport.</summary>
    public bool IsShownIn(int viewportHeight) => Height >= 24 && Width >= 24 && Top >= 0 && Bottom <= viewportHeight;

    public override string ToString() => $"{Element} ({Width:0}x{Height:0}px at top {Top:0}px)";
}
