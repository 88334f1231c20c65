using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using SiteGen.Rendering;
using SiteGen.Safety;

namespace SiteGen.Checks;

/// <summary>
/// What the check stage needs to know of one finished page, read from its tags in one pass:
/// its level-one headings, images, links and ids, and any hazard in its markup. Only these are
/// kept, not the page's document or its HTML, so checking a site of any size holds a few small
/// sets per page.
/// </summary>
/// <param name="SitePath">The page's address (<see cref="RenderedPage.SitePath"/>).</param>
/// <param name="Source">Where a problem found in it is reported (<see cref="RenderedPage.Source"/>).</param>
/// <param name="LinksFrom">The site path its relative links start from (<see cref="RenderedPage.LinksFrom"/>).</param>
/// <param name="LevelOneHeadings">How many h1 elements it has.</param>
/// <param name="ImagesWithoutText">The src of each img with no alt attribute.</param>
/// <param name="References">Every href of a and link, and src of script and img, in order.</param>
/// <param name="Ids">Every id on the page, for links to its anchors.</param>
/// <param name="Hazards">What <see cref="MarkupInspector"/> found in its tags.</param>
public sealed record PageFacts(
    string SitePath,
    Diagnostics.SourceLocation Source,
    string? LinksFrom,
    int LevelOneHeadings,
    IReadOnlyList<string> ImagesWithoutText,
    IReadOnlyList<string> References,
    IReadOnlySet<string> Ids,
    IReadOnlyList<MarkupHazard> Hazards)
{
    /// <summary>
    /// Reads a page's start tags as a browser reads them, without building its tree (most of a
    /// parse's cost and memory, and nothing here needs it): by <see cref="StartTagScanner"/>, or,
    /// for a page that holds something it leaves to the full tokenizer, by AngleSharp's.
    /// </summary>
    public static PageFacts Read(RenderedPage page)
    {
        var facts = new Collector();
        if (!StartTagScanner.TryRead(page.Html, facts.Add))
        {
            facts = new Collector();
            ReadWithTokenizer(page.Html, facts.Add);
        }

        return facts.ToFacts(page);
    }

    /// <summary>
    /// Hands each start tag to <paramref name="onTag"/> as AngleSharp's HTML tokenizer (the HTML
    /// standard's) reads it.
    /// </summary>
    internal static void ReadWithTokenizer(string html, Action<MarkupTag> onTag)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
        };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken start)
            {
                continue;
            }

            // The tree builder reads <image> as <img>, and so does a browser.
            var tag = new MarkupTag(start.Name == "image" ? "img" : start.Name, [.. start.Attributes.Select(a => KeyValuePair.Create(a.Name, a.Value))]);
            tokenizer.State = TextStateAfter(tag.Name);
            onTag(tag);
        }
    }

    /// <summary>What is kept of a page's tags as they are read.</summary>
    private sealed class Collector
    {
        private readonly List<string> _images = [];
        private readonly List<string> _references = [];
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly List<MarkupHazard> _hazards = [];
        private int _headings;

        public void Add(MarkupTag tag)
        {
            _headings += tag.Name == "h1" ? 1 : 0;
            if (tag.GetAttribute("id") is { } id)
            {
                _ids.Add(id);
            }

            if (tag.Name == "img" && !tag.HasAttribute("alt"))
            {
                _images.Add(tag.GetAttribute("src") ?? "");
            }

            if ((tag.Name is "a" or "link" ? tag.GetAttribute("href") : tag.Name is "script" or "img" ? tag.GetAttribute("src") : null) is { } reference)
            {
                _references.Add(reference);
            }

            MarkupInspector.Inspect(tag, _hazards);
        }

        public PageFacts ToFacts(RenderedPage page) =>
            new(page.SitePath, page.Source, page.LinksFrom, _headings, _images, _references, _ids, _hazards);
    }

    // The tree builder tells the tokenizer how to read an element's text; without a tree, this
    // does, so that markup-like text inside a script or a title is not taken for tags.
    private static HtmlParseMode TextStateAfter(string name) => name switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => HtmlParseMode.PCData,
    };
}
