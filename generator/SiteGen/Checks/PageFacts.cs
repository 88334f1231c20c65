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
    /// Reads a page with AngleSharp's HTML tokenizer (the HTML standard's, so attributes are read
    /// as a browser reads them) without building its tree: the tree is most of a parse's cost and
    /// memory, and nothing here needs it.
    /// </summary>
    public static PageFacts Read(RenderedPage page)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(page.Html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
        };
        var headings = 0;
        var images = new List<string>();
        var references = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var hazards = new List<MarkupHazard>();
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken start)
            {
                continue;
            }

            // The tree builder reads <image> as <img>, and so does a browser.
            var tag = new MarkupTag(start.Name == "image" ? "img" : start.Name, [.. start.Attributes.Select(a => KeyValuePair.Create(a.Name, a.Value))]);
            tokenizer.State = TextStateAfter(tag.Name);
            headings += tag.Name == "h1" ? 1 : 0;
            if (tag.GetAttribute("id") is { } id)
            {
                ids.Add(id);
            }

            if (tag.Name == "img" && !tag.HasAttribute("alt"))
            {
                images.Add(tag.GetAttribute("src") ?? "");
            }

            if ((tag.Name is "a" or "link" ? tag.GetAttribute("href") : tag.Name is "script" or "img" ? tag.GetAttribute("src") : null) is { } reference)
            {
                references.Add(reference);
            }

            hazards.AddRange(MarkupInspector.Inspect(tag));
        }

        return new PageFacts(page.SitePath, page.Source, page.LinksFrom, headings, images, references, ids, hazards);
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
