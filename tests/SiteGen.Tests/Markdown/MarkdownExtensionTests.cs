using Markdig;
using Markdig.Syntax;
using SiteGen.Configuration;
using SiteGen.Markdown;
using SiteGen.Markdown.Glossary;

namespace SiteGen.Tests.Markdown;

/// <summary>Our Markdig extensions on their own, through a real Markdig pipeline.</summary>
public sealed class MarkdownExtensionTests
{
    private static readonly Dictionary<string, Contact> Contacts = new()
    {
        ["childline"] = new Contact { Name = "Childline", Phone = "0800 1111", Url = "https://www.childline.org.uk/" },
        ["ceop"] = new Contact { Name = "CEOP Safety Centre", Url = "https://www.ceop.police.uk/Safety-Centre/" },
    };

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseCallouts().UseContactPlaceholders(Contacts).Build();

    [Theory]
    [InlineData("{{contact:childline}}", "<span class=\"contact\"><span class=\"contact__name\">Childline</span> <a class=\"contact__phone\" href=\"tel:08001111\">0800\u00a01111</a></span>")]
    [InlineData("{{contact:childline.phone}}", "<a class=\"contact__phone\" href=\"tel:08001111\">0800\u00a01111</a>")]
    [InlineData("{{contact:childline.name}}", "Childline")]
    [InlineData("{{contact:ceop}}", "<span class=\"contact\"><span class=\"contact__name\">CEOP Safety Centre</span> <a class=\"contact__url\" href=\"https://www.ceop.police.uk/Safety-Centre/\">www.ceop.police.uk/Safety-Centre</a></span>")]
    public void A_contact_placeholder_prints_the_contact_from_site_yaml(string markdown, string html) =>
        Assert.Equal($"<p>Call {html} now.</p>", Markdig.Markdown.ToHtml($"Call {markdown} now.", Pipeline).Trim());

    [Fact]
    public void Braces_that_are_not_a_contact_placeholder_stay_as_text() =>
        Assert.Equal("<p>{{not a contact}} and {x}</p>", Markdig.Markdown.ToHtml("{{not a contact}} and {x}", Pipeline).Trim());

    [Fact]
    public void A_callout_holds_markdown_and_is_labelled_by_its_title()
    {
        var html = Markdig.Markdown.ToHtml("::: help Talk to someone\nYou can **always** talk to {{contact:childline.name}}.\n:::\n\nAfter.", Pipeline);

        Assert.Contains("<div class=\"callout callout--help\" role=\"note\" aria-labelledby=\"callout-1\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"callout__title\" id=\"callout-1\">Talk to someone</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>You can <strong>always</strong> talk to Childline.</p>", html, StringComparison.Ordinal);
        Assert.EndsWith("</div>\n<p>After.</p>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_glossary_reads_terms_and_their_other_names_from_a_definition_list()
    {
        var glossary = Markdig.Markdown.Parse("Multi-agency safeguarding hub (MASH)\n: Where agencies meet.\n\nGrooming\n: Building trust to abuse.\n", new MarkdownPipelineBuilder().UseDefinitionLists().Build());

        var terms = GlossaryReader.Read(glossary);

        Assert.Equal(
            [new GlossaryTerm("Multi-agency safeguarding hub", "term-multi-agency-safeguarding-hub", ["Multi-agency safeguarding hub", "MASH"]), new GlossaryTerm("Grooming", "term-grooming", ["Grooming"])],
            terms, new TermComparer());
    }

    [Fact]
    public void The_glossary_links_only_the_first_use_and_acronyms_only_in_capitals()
    {
        var terms = new[] { new GlossaryTerm("Multi-agency child exploitation", "term-mace", ["Multi-agency child exploitation", "MACE"]), new GlossaryTerm("Grooming", "term-grooming", ["Grooming"]) };
        var document = Markdig.Markdown.Parse("## Grooming\n\nA mace is not MACE. Grooming, then grooming again.\n\n[Grooming](x.md) in a link.", Pipeline);

        new GlossaryLinker(terms).Link(document, t => "g.html#" + t.Anchor);
        var html = Render(document);

        Assert.Contains("<h2>Grooming</h2>", html, StringComparison.Ordinal);
        Assert.Contains("A mace is not <a href=\"g.html#term-mace\" class=\"glossary-term\">MACE</a>. <a href=\"g.html#term-grooming\" class=\"glossary-term\">Grooming</a>, then grooming again.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"x.md\">Grooming</a> in a link.", html, StringComparison.Ordinal);
    }

    private static string Render(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private sealed class TermComparer : IEqualityComparer<GlossaryTerm>
    {
        public bool Equals(GlossaryTerm? x, GlossaryTerm? y) => x!.Name == y!.Name && x.Anchor == y.Anchor && x.Names.SequenceEqual(y.Names);

        public int GetHashCode(GlossaryTerm obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
