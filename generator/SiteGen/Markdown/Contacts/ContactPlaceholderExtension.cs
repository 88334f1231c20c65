using Markdig;
using Markdig.Renderers;
using SiteGen.Configuration;

namespace SiteGen.Markdown.Contacts;

/// <summary>Adds <c>{{contact:id}}</c> placeholders, printed from a site's contacts.</summary>
public sealed class ContactPlaceholderExtension : IMarkdownExtension
{
    private readonly IReadOnlyDictionary<string, Contact> _contacts;

    /// <summary>Creates the extension for a site's contacts.</summary>
    public ContactPlaceholderExtension(IReadOnlyDictionary<string, Contact> contacts) => _contacts = contacts;

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<ContactPlaceholderParser>())
        {
            pipeline.InlineParsers.Insert(0, new ContactPlaceholderParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<ContactPlaceholderRenderer>())
        {
            html.ObjectRenderers.Insert(0, new ContactPlaceholderRenderer(_contacts));
        }
    }
}
