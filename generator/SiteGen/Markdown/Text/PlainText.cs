using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Text;

/// <summary>The words of a Markdown element without its markup, for titles, terms and search.</summary>
public static class PlainText
{
    /// <summary>The text of a leaf block's inlines.</summary>
    /// <param name="block">The block.</param>
    /// <param name="textOf">Text for inlines this class does not know (an extension's), or null to leave them out.</param>
    public static string Of(LeafBlock block, Func<Inline, string?>? textOf = null) => block.Inline is null ? "" : Of(block.Inline, textOf);

    /// <summary>The text of an inline and its children.</summary>
    /// <param name="inline">The inline.</param>
    /// <param name="textOf">Text for inlines this class does not know (an extension's), or null to leave them out.</param>
    public static string Of(Inline inline, Func<Inline, string?>? textOf = null)
    {
        var builder = new StringBuilder();
        Append(builder, inline, textOf);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Inline inline, Func<Inline, string?>? textOf)
    {
        if (textOf?.Invoke(inline) is { } text)
        {
            builder.Append(text);
            return;
        }

        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(builder, child, textOf);
                }

                break;
        }
    }
}
