using Markdig;
using Markdig.Renderers;

namespace SiteGen.Markdown.Callouts;

/// <summary>Adds <c>:::</c> callouts to a pipeline.</summary>
public sealed class CalloutExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CalloutParser>())
        {
            // Before paragraphs, so a ':::' line opens a callout rather than starting text.
            pipeline.BlockParsers.Insert(0, new CalloutParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CalloutRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CalloutRenderer());
        }
    }
}
