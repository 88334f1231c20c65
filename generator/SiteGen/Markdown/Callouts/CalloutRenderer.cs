using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markdown.Callouts;

/// <summary>
/// Renders a callout as a labelled note. Not an <c>aside</c>: a complementary landmark inside
/// <c>main</c> fails WCAG landmark rules, and a callout is part of the page's text.
/// </summary>
public sealed class CalloutRenderer : HtmlObjectRenderer<Callout>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, Callout callout)
    {
        renderer.EnsureLine();
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteChildren(callout);
            return;
        }

        var titleId = $"callout-{callout.Line + 1}";
        var hasTitle = callout.Title.Length > 0;
        renderer.Write("<div class=\"callout callout--").WriteEscape(callout.Kind).Write("\" role=\"note\"");
        if (hasTitle)
        {
            renderer.Write(" aria-labelledby=\"").Write(titleId).Write('"');
        }

        renderer.WriteLine(">");
        if (hasTitle)
        {
            renderer.Write("<p class=\"callout__title\" id=\"").Write(titleId).Write("\">").WriteEscape(callout.Title).WriteLine("</p>");
        }

        renderer.WriteLine("<div class=\"callout__body\">");
        renderer.WriteChildren(callout);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
        renderer.WriteLine("</div>");
    }
}
