using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace SiteGen.Markdown.Tables;

/// <summary>Puts every table in its own sideways-scrolling region (added after the table extension, whose renderer it replaces).</summary>
public sealed class ScrollableTableExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(r => r is HtmlTableRenderer);
            html.ObjectRenderers.AddIfNotAlready<ScrollableTableRenderer>();
        }
    }
}
