using System.Text;
using Markdig.Syntax;
using SiteGen.Content;
using SiteGen.Markdown.Callouts;
using SiteGen.Markdown.Contacts;
using SiteGen.Markdown.Text;
using SiteGen.Site;

namespace SiteGen.Search;

/// <summary>Turns the site's pages into search documents.</summary>
public static class SearchDocuments
{
    /// <summary>Every page that takes part in search (<c>search: false</c> opts out).</summary>
    /// <param name="site">The site.</param>
    /// <param name="made">Documents already made of pages as they were rendered (whose trees may since have gone); the others are made here.</param>
    public static IReadOnlyList<SearchDocument> From(SiteModel site, IReadOnlyDictionary<Page, SearchDocument>? made = null) =>
        [.. site.Pages.Where(p => p.FrontMatter.Search).AsParallel().AsOrdered().Select(p => made?.GetValueOrDefault(p) ?? Of(site, p))];

    /// <summary>The translations into <paramref name="language"/> that take part in search, in site order.</summary>
    /// <param name="site">The site.</param>
    /// <param name="language">The language's code.</param>
    /// <param name="made">Documents already made of pages as they were rendered.</param>
    public static IReadOnlyList<SearchDocument> From(SiteModel site, string language, IReadOnlyDictionary<Page, SearchDocument>? made = null) =>
        [.. site.Translations.Where(p => p.Language == language && p.FrontMatter.Search).Select(p => made?.GetValueOrDefault(p) ?? Of(site, p))];

    /// <summary>One page's search document, made from its parsed body.</summary>
    internal static SearchDocument Of(SiteModel site, Page page)
    {
        var headings = new List<string>();
        var body = t_body ?? new StringBuilder(4096); // one a thread: a page's text is several kilobytes, grown anew each time otherwise
        t_body = null;
        foreach (var block in page.Document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    headings.Add(PlainText.Of(heading));
                    break;
                case Callout callout:
                    AppendSentence(body, callout.Title);
                    break;
                case ParagraphBlock { Inline: { } inlines }: // quizzes are leaf blocks, so their text is never here
                    var start = body.Length;
                    PlainText.AppendTo(body, inlines, inline => ContactText(site, inline, page.Language));
                    EndSentence(body, start);
                    break;
            }
        }

        var audiences = site.Config.Audiences.Where(a => page.FrontMatter.Audience.Contains(a.Id)).ToList();
        var bands = site.Config.AgeBands.Where(b => page.FrontMatter.AgeBand.Contains(b.Id)).ToList();
        var tags = string.Join(' ', [.. page.FrontMatter.Tags, .. audiences.Select(a => a.Title), .. bands.Select(b => b.Label)]);
        var top = page.SectionPath.Split('/')[0];
        var section = top.Length == 0 ? site.Config.Title : site.PageAt(top + "/index.md") is { } index ? site.InLanguage(index, page.Language).Title : top;
        var text = body.Length == 0 ? "" : body.ToString(0, body.Length - 1); // without the space after the last sentence
        t_body = body.Capacity <= 256 * 1024 ? body.Clear() : null;
        return new SearchDocument(page.SitePath, page.Title, page.Summary, string.Join(' ', headings), text, tags, section,
            [.. audiences.Select(a => a.Id)], [.. audiences.Select(a => a.Title)], [.. bands.Select(b => b.Id)]);
    }

    [ThreadStatic]
    private static StringBuilder? t_body;

    /// <summary>Adds a block's text, ending it as a sentence so that table cells and list items do not run together in excerpts.</summary>
    private static void AppendSentence(StringBuilder body, string text)
    {
        var start = body.Length;
        body.Append(text);
        EndSentence(body, start);
    }

    /// <summary>Trims the text appended since <paramref name="start"/> and, when any is left, ends it as a sentence.</summary>
    private static void EndSentence(StringBuilder body, int start)
    {
        var end = body.Length;
        while (end > start && char.IsWhiteSpace(body[end - 1]))
        {
            end--;
        }

        var first = start;
        while (first < end && char.IsWhiteSpace(body[first]))
        {
            first++;
        }

        body.Length = end;
        body.Remove(start, first - start);
        if (body.Length > start)
        {
            body.Append(char.IsPunctuation(body[^1]) ? " " : ". ");
        }
    }

    /// <summary>A contact placeholder as a reader sees it: the name and number from site.yaml.</summary>
    private static string? ContactText(SiteModel site, Markdig.Syntax.Inlines.Inline inline, string? language) =>
        inline is ContactPlaceholder placeholder && site.Config.Contacts.TryGetValue(placeholder.ContactId, out var found) && found.In(language) is var contact
            ? placeholder.Part switch
            {
                ContactPart.Name => contact.Name,
                ContactPart.Phone => contact.Phone ?? contact.Name,
                ContactPart.Url => contact.Url,
                _ => contact.Phone is null ? contact.Name : $"{contact.Name} {contact.Phone}",
            }
            : null;
}
