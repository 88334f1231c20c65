using Markdig.Renderers;
using Markdig.Renderers.Html;
using SiteGen.Configuration;

namespace SiteGen.Markdown.Contacts;

/// <summary>Prints a contact from site.yaml: its name, and its number as a <c>tel:</c> link (or its website).</summary>
public sealed class ContactPlaceholderRenderer : HtmlObjectRenderer<ContactPlaceholder>
{
    private readonly IReadOnlyDictionary<string, Contact> _contacts;

    /// <summary>Creates the renderer for a site's contacts.</summary>
    public ContactPlaceholderRenderer(IReadOnlyDictionary<string, Contact> contacts) => _contacts = contacts;

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, ContactPlaceholder placeholder)
    {
        if (!_contacts.TryGetValue(placeholder.ContactId, out var contact))
        {
            // The parse stage has already reported this as an error; the page is never published.
            renderer.WriteEscape(placeholder.Source);
            return;
        }

        switch (placeholder.Part)
        {
            case ContactPart.Name:
                renderer.WriteEscape(contact.Name);
                break;
            case ContactPart.Phone:
                WritePhoneOrLink(renderer, contact);
                break;
            case ContactPart.Url:
                WriteUrl(renderer, contact.Url, contact.Url);
                break;
            default:
                renderer.Write("<span class=\"contact\"><span class=\"contact__name\">").WriteEscape(contact.Name).Write("</span>");
                if (contact.Phone is not null)
                {
                    renderer.Write(' ');
                    WritePhone(renderer, contact);
                }
                else
                {
                    renderer.Write(' ');
                    WriteUrl(renderer, contact.Url, Display(contact.Url));
                }

                renderer.Write("</span>");
                break;
        }
    }

    private static void WritePhoneOrLink(HtmlRenderer renderer, Contact contact)
    {
        if (contact.Phone is not null)
        {
            WritePhone(renderer, contact);
        }
        else
        {
            WriteUrl(renderer, contact.Url, contact.Name);
        }
    }

    private static void WritePhone(HtmlRenderer renderer, Contact contact) =>
        renderer.Write("<a class=\"contact__phone\" href=\"").WriteEscapeUrl(contact.TelHref).Write("\">").WriteEscape(contact.PhoneText).Write("</a>");

    private static void WriteUrl(HtmlRenderer renderer, string? url, string? text)
    {
        if (url is null)
        {
            return;
        }

        renderer.Write("<a class=\"contact__url\" href=\"").WriteEscapeUrl(url).Write("\">").WriteEscape(text).Write("</a>");
    }

    private static string? Display(string? url) =>
        url is null ? null : url.Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal).TrimEnd('/');
}
