using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// Easy-read pages: a page names the page it makes easier to read, the two link to each other,
/// each idea is a picture from the theme beside its words, and the page is held to shorter
/// sentences and an easier grade than the readers it is for.
/// </summary>
public sealed class EasyReadTests : IDisposable
{
    private readonly TestSite _site = new();

    public EasyReadTests()
    {
        _site.Write("content/help/secrets.md", TestSite.Page("Safe and unsafe secrets", "parents") + "A secret that makes you feel worried is not one to keep. Tell an adult you trust.\n");
        _site.Write("content/help/secrets-easy-read.md", TestSite.Page("Easy read, secrets", "parents", "easy_read_of: secrets.md\n") + """
            ::: picture secret A padlock
            Some secrets are not OK.
            :::

            ::: picture talk Two people talking
            Tell an adult you trust.

            Call {{contact:childline}}.
            :::

            """);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void An_easy_read_page_and_its_page_link_to_each_other_and_each_idea_has_its_picture()
    {
        _site.BuildOk();

        var page = _site.Html("help/secrets/index.html");
        var toEasy = page.QuerySelector("main .easy-read-link a")!;
        Assert.Equal("../../help/secrets-easy-read/", toEasy.GetAttribute("href"));
        Assert.Equal("Easy read version of this page", toEasy.TextContent);
        Assert.DoesNotContain("easy-read", page.Body!.ClassList);

        var easy = _site.Html("help/secrets-easy-read/index.html");
        Assert.Contains("easy-read", easy.Body!.ClassList);
        var back = easy.QuerySelector("main .easy-read-link--back a")!;
        Assert.Equal("../../help/secrets/", back.GetAttribute("href"));
        Assert.Equal("Read the full page", back.TextContent);

        var rows = easy.QuerySelectorAll("main .picture-row").ToList();
        Assert.Equal(2, rows.Count);
        var picture = rows[1].QuerySelector("img.picture-row__picture")!;
        Assert.Equal("../../assets/pictures/talk.svg", picture.GetAttribute("src"));
        Assert.Equal("Two people talking", picture.GetAttribute("alt"));
        Assert.Equal(["Tell an adult you trust.", "Call Childline 0800\u00a01111."], rows[1].QuerySelectorAll(".picture-row__words p").Select(p => p.TextContent));
        Assert.True(File.Exists(Path.Combine(_site.Output, "assets/pictures/talk.svg")), "the picture was not published");
    }

    [Fact]
    public void A_picture_the_theme_does_not_have_or_one_with_no_words_is_an_error_at_its_line()
    {
        _site.Write("content/help/secrets-easy-read.md", TestSite.Page("Easy read, secrets", "parents", "easy_read_of: secrets.md\n") + """
            ::: picture unicorn A unicorn
            Some secrets are not OK.
            :::

            ::: picture phone
            Call {{contact:childline}}.
            :::

            """);

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var unknown = result.Errors.Single(e => e.Code == DiagnosticCodes.UnknownCallout);
        Assert.Equal(("content/help/secrets-easy-read.md", 10), (unknown.Location.File, unknown.Location.Line));
        Assert.Contains("talk", unknown.Fix, StringComparison.Ordinal);
        var noAlt = result.Errors.Single(e => e.Code == DiagnosticCodes.MissingAltText);
        Assert.Equal(14, noAlt.Location.Line);
    }

    [Fact]
    public void An_easy_read_page_is_held_to_short_sentences_and_its_pairing_must_make_sense()
    {
        _site.Write("content/help/long-easy-read.md", TestSite.Page("Easy read, a long one", "parents", "easy_read_of: ../glossary/index.md\n") +
            "This sentence goes on and on with far too many words for a reader who finds reading hard to follow.\n");
        var result = _site.Build();
        var warning = result.Warnings.Single(w => w.Location.File == "content/help/long-easy-read.md" && w.Code == DiagnosticCodes.ReadingLevel);
        Assert.Contains("A sentence of 20 words on an easy-read page, which keeps to 15", warning.Message, StringComparison.Ordinal);

        _site.Write("content/help/again-easy-read.md", TestSite.Page("Easy read, again", "parents", "easy_read_of: secrets.md\n") + "Short.\n");
        _site.Write("content/help/twice-easy-read.md", TestSite.Page("Easy read, twice", "parents", "easy_read_of: secrets-easy-read.md\n") + "Short.\n");
        _site.Write("content/help/nowhere-easy-read.md", TestSite.Page("Easy read, nowhere", "parents", "easy_read_of: nowhere.md\n") + "Short.\n");
        var errors = _site.Build().Errors.ToDictionary(e => e.Location.File);
        Assert.Single(errors.Values, e => e.Message.Contains("content/help/secrets.md already has an easy-read version", StringComparison.Ordinal)); // the second of the two
        Assert.Contains("is itself an easy-read page", errors["content/help/twice-easy-read.md"].Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticCodes.BrokenLink, errors["content/help/nowhere-easy-read.md"].Code);
    }
}
