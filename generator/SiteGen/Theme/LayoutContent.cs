using Scriban;

namespace SiteGen.Theme;

/// <summary>
/// A page's layout, as base sees it in <c>main</c>: rendered where base writes it, straight into
/// base's output, rather than first into a string of its own that base then copies (for a page of
/// 30 KB that was two copies of its text). It is written as rendered Markdown is, unindented.
/// </summary>
/// <param name="Layout">The page's layout template.</param>
internal sealed record LayoutContent(Template Layout)
{
    /// <summary>Renders the layout into the context's current output.</summary>
    public void WriteTo(TemplateContext context)
    {
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        try
        {
            ScribanInternals.EvaluateAndRender(Layout, context, render: true);
        }
        finally
        {
            context.CurrentIndent = indent;
        }
    }
}
