using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markdown.Pictures;

/// <summary>
/// Renders a picture row: the picture at the start of the line (the left, or the right in a
/// right-to-left page), the words beside it. The picture has its own alt text: the sentence says
/// the idea, the picture helps a reader who reads pictures more easily than words.
/// </summary>
public sealed class PictureRowRenderer : HtmlObjectRenderer<PictureRow>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, PictureRow row)
    {
        renderer.EnsureLine();
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteChildren(row);
            return;
        }

        renderer.WriteLine("<div class=\"picture-row\">");
        renderer.Write("<img class=\"picture-row__picture\" src=\"").WriteEscapeUrl(row.Url ?? PictureRow.SitePath(row.Name))
            .Write("\" alt=\"").WriteEscape(row.Alt).WriteLine("\" width=\"96\" height=\"96\">");
        renderer.WriteLine("<div class=\"picture-row__words\">");
        renderer.WriteChildren(row);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
        renderer.WriteLine("</div>");
    }
}
