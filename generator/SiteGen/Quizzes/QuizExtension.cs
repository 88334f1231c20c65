using Markdig;
using Markdig.Renderers;

namespace SiteGen.Quizzes;

/// <summary>Renders the quiz blocks that the parse stage puts in place of <c>```quiz</c> fences.</summary>
/// <param name="words">What quizzes say, in the language of the pages they are on.</param>
public sealed class QuizExtension(QuizWords words) : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Nothing to parse: a quiz is a fenced code block until the parse stage validates it.
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<QuizBlockRenderer>())
        {
            html.ObjectRenderers.Insert(0, new QuizBlockRenderer(words));
        }
    }
}
