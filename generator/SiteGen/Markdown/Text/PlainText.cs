using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Text;

/// <summary>The words of a Markdown element without its markup, for titles, terms and search.</summary>
public static class PlainText
{
    /// <summary>The text of a leaf block's inlines.</summary>
    public static string Of(LeafBlock block) => block.Inline is null ? "" : Of(block.Inline);

    /// <summary>The text of an inline and its children.</summary>
    public static string Of(Inline inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
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
                    Append(builder, child);
                }

                break;
        }
    }
}
