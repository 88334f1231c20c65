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
        // Every heading and paragraph of every page comes through here: each thread keeps one
        // builder rather than growing a new one each time. Taken while in use, so a textOf that
        // asks for plain text itself gets a builder of its own.
        var builder = t_builder ?? new StringBuilder(256);
        t_builder = null;
        AppendTo(builder, inline, textOf);
        var text = builder.ToString();
        t_builder = builder.Capacity <= 16 * 1024 ? builder.Clear() : null;
        return text;
    }

    /// <summary>Appends the text of an inline and its children to <paramref name="builder"/>.</summary>
    /// <param name="builder">Where the text goes.</param>
    /// <param name="inline">The inline.</param>
    /// <param name="textOf">Text for inlines this class does not know (an extension's), or null to leave them out.</param>
    public static void AppendTo(StringBuilder builder, Inline inline, Func<Inline, string?>? textOf = null)
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
                    AppendTo(builder, child, textOf);
                }

                break;
        }
    }

    [ThreadStatic]
    private static StringBuilder? t_builder;
}
