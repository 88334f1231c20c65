using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Markdown.Callouts;
using SiteGen.Markdown.Contacts;
using SiteGen.Safety;

namespace SiteGen.Content;

/// <summary>Checks a page body for what Markdown itself accepts but a SiteGen page must not have.</summary>
internal sealed class BodyValidator
{
    private readonly ContentFile _file;
    private readonly SiteConfig _config;
    private readonly DiagnosticBag _diagnostics;

    public BodyValidator(ContentFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        _file = file;
        _config = config;
        _diagnostics = diagnostics;
    }

    public void Validate(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case Callout callout:
                    ValidateCallout(callout);
                    break;
                case HeadingBlock { Level: 1 } heading:
                    _diagnostics.Error(DiagnosticCodes.BodyHeadingLevel, At(heading), "A page's only level-one heading is its title, from the front matter.",
                        "Start headings in the body at '##'.");
                    break;
                case HtmlBlock html when !_config.Markdown.AllowHtml:
                    ReportHtml(html);
                    break;
                case HtmlBlock html:
                    InspectHtml(html, html.Lines.ToString());
                    break;
            }
        }

        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case ContactPlaceholder placeholder:
                    ValidateContact(placeholder);
                    break;
                case HtmlInline html when !html.Tag.StartsWith("</", StringComparison.Ordinal):
                    if (_config.Markdown.AllowHtml)
                    {
                        InspectHtml(html, html.Tag);
                    }
                    else
                    {
                        ReportHtml(html);
                    }

                    break;
            }
        }
    }

    private void ValidateCallout(Callout callout)
    {
        if (!CalloutKinds.All.Contains(callout.Kind))
        {
            var found = callout.Kind.Length == 0 ? "A callout with no kind" : $"Unknown callout kind '{callout.Kind}'";
            _diagnostics.Error(DiagnosticCodes.UnknownCallout, At(callout), $"{found}.",
                $"Write '::: kind Title' with a kind from: {string.Join(", ", CalloutKinds.All)}.");
        }

        if (!callout.IsClosed)
        {
            _diagnostics.Error(DiagnosticCodes.UnclosedCallout, At(callout), "The callout is never closed, so the rest of the page is inside it.",
                "Add a line ':::' where the callout ends.");
        }
    }

    private void ValidateContact(ContactPlaceholder placeholder)
    {
        if (!_config.Contacts.ContainsKey(placeholder.ContactId))
        {
            _diagnostics.Error(DiagnosticCodes.UnknownContact, At(placeholder), $"Unknown contact '{placeholder.ContactId}' in {placeholder.Source}.",
                $"Use one of the contacts in site.yaml: {string.Join(", ", _config.Contacts.Keys)}.");
        }
        else if (placeholder.Part == ContactPart.Unknown)
        {
            _diagnostics.Error(DiagnosticCodes.UnknownContact, At(placeholder), $"{placeholder.Source} asks for a part a contact does not have.",
                "Write {{contact:id}}, or add .phone, .name or .url.");
        }
    }

    private void ReportHtml(MarkdownObject html) =>
        _diagnostics.Error(DiagnosticCodes.RawHtml, At(html), "Raw HTML is switched off for this site.",
            "Write it in Markdown, or set 'markdown: allow_html: true' in site.yaml if you trust every editor.");

    // Raw HTML an editor is trusted with still may not run script or fetch from another host.
    private void InspectHtml(MarkdownObject node, string html)
    {
        var parser = new HtmlParser(); // pages are validated in parallel; a parser each
        var body = parser.ParseDocument(string.Empty).Body!;
        foreach (var element in parser.ParseFragment(html, body).SelectMany(n => n is IElement e ? [e, .. e.Descendants<IElement>()] : Enumerable.Empty<IElement>()))
        {
            foreach (var hazard in MarkupInspector.Inspect(element))
            {
                _diagnostics.Error(hazard.Code, At(node), hazard.Message, hazard.Fix);
            }
        }
    }

    private SourceLocation At(MarkdownObject node) => new(_file.DisplayPath, node.Line + 1, node.Column + 1);
}
