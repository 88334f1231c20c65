using Markdig;
using Markdig.Renderers;

namespace SiteGen.Markdown.Pictures;

/// <summary>Renders <see cref="PictureRow"/> blocks, which <see cref="PictureRows"/> makes from <c>::: picture</c> fences.</summary>
public sealed class PictureRowExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Parsed as callouts (the same ::: fence); PictureRows turns the picture ones into rows.
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<PictureRowRenderer>())
        {
            html.ObjectRenderers.Insert(0, new PictureRowRenderer());
        }
    }
}
