using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// Pages in more than one language, as a partnership writes them: a translation beside its page
/// (<c>index.ur.md</c>), built with the real pipeline and theme and read back as HTML.
/// </summary>
public sealed class TranslationTests : IDisposable
{
    private const string Languages = """
        languages:
          - code: ur
            name: اردو
            direction: rtl
          - code: pl
            name: Polski

        """;

    private readonly TestSite _site = new();

    public TranslationTests()
    {
        _site.Write("site.yaml", TestSite.SiteYaml.Replace("contacts:\n  emergency:\n    name: Police, in an emergency\n", "contacts:\n  emergency:\n    name: Police, in an emergency\n    translations:\n      ur:\n        name: پولیس\n", StringComparison.Ordinal) + Languages);
        _site.Write("content/help/worried.md", TestSite.Page("Worried about a child", "parents") + "Call {{contact:emergency}} if a child is in danger. Read [get help](index.md) and [cover your tracks](cover-your-tracks.md).\n");
        _site.Write("content/help/worried.ur.md", Translation("بچے کی فکر", "اگر آپ کو فکر ہو۔") + "اگر کسی بچے کو خطرہ ہو تو {{contact:emergency}} پر کال کریں۔ [مدد](index.md) اور [اپنے نشان مٹائیں](cover-your-tracks.md)۔\n");
        _site.Write("content/help/index.ur.md", Translation("مدد", "مدد کہاں سے ملے گی۔") + "{{contact:childline}} کو کال کریں۔\n");
    }

    public void Dispose() => _site.Dispose();

    private string Source(string relativePath) => File.ReadAllText(Path.Combine(_site.Root, relativePath));

    private static string Translation(string title, string summary, string extra = "native_review: done\n") =>
        $"---\ntitle: {title}\nsummary: {summary}\n{extra}---\n\n";

    [Fact]
    public void A_translation_is_published_under_its_language_in_its_own_language_and_direction_with_links_both_ways()
    {
        _site.BuildOk();

        var urdu = _site.Html("ur/help/worried/index.html");
        Assert.Equal("ur", urdu.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", urdu.DocumentElement.GetAttribute("dir"));
        Assert.Equal("بچے کی فکر", urdu.QuerySelector("main h1")!.TextContent.Trim());

        // Its contacts in its language where site.yaml has them; the number is the same.
        Assert.Equal("پولیس", urdu.QuerySelector("main .contact__name")!.TextContent);
        Assert.Equal("tel:999", urdu.QuerySelector("main .contact__phone")!.GetAttribute("href"));

        // A link to a translated page stays in Urdu; one to a page only in English says so.
        var links = urdu.QuerySelectorAll("main .prose a").ToDictionary(a => a.TextContent);
        Assert.EndsWith("ur/help/", new Uri(new Uri("https://x/safeguarding/cse/ur/help/worried/"), links["مدد"].GetAttribute("href")!).AbsolutePath, StringComparison.Ordinal);
        Assert.Null(links["مدد"].GetAttribute("hreflang"));
        var english = links["اپنے نشان مٹائیں"];
        Assert.Equal("en-GB", english.GetAttribute("hreflang"));
        Assert.EndsWith("/safeguarding/cse/help/cover-your-tracks/", new Uri(new Uri("https://x/safeguarding/cse/ur/help/worried/"), english.GetAttribute("href")!).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("(انگریزی میں)", english.ParentElement!.TextContent, StringComparison.Ordinal);

        // The switch names each language in itself, and goes to the same page in it.
        var switcher = urdu.QuerySelectorAll("nav.language-switch li").Select(li => (li.TextContent.Trim(), li.QuerySelector("a")?.GetAttribute("href"))).ToList();
        Assert.Equal([("English", "../../../help/worried/"), ("اردو", null)], switcher);
        Assert.Equal("../../../help/worried/", urdu.QuerySelector("link[rel=alternate][hreflang='en-GB']")!.GetAttribute("href"));

        // The English page links to its translation, and the theme's words are in each page's language.
        var page = _site.Html("help/worried/index.html");
        Assert.Equal("../../ur/help/worried/", page.QuerySelector("nav.language-switch a[hreflang=ur]")!.GetAttribute("href"));
        Assert.Equal("rtl", page.QuerySelector("nav.language-switch a[hreflang=ur]")!.GetAttribute("dir"));
        Assert.Equal("Exit this page", page.QuerySelector(".exit-this-page__button")!.ChildNodes.Last().TextContent);
        Assert.Equal("اس صفحے سے نکلیں", urdu.QuerySelector(".exit-this-page__button")!.ChildNodes.Last().TextContent);

        // Polish has no translation of this page: the English page offers none, and no /pl/ page is made.
        Assert.False(File.Exists(Path.Combine(_site.Output, "pl/help/worried/index.html")));
        Assert.Null(page.QuerySelector("nav.language-switch a[hreflang=pl]"));

        // Search engines are told of the translations too.
        Assert.Contains("<loc>https://cse.example.org/safeguarding/cse/ur/help/worried/</loc>", _site.OutputText("sitemap.xml"), StringComparison.Ordinal);

        // A page with no translation has no switch at all.
        Assert.Null(_site.Html("help/cover-your-tracks/index.html").QuerySelector("nav.language-switch"));
    }

    [Fact]
    public void A_translation_whose_page_has_changed_is_said_to_be_out_of_date_with_the_fingerprint_to_record()
    {
        var first = _site.Build();
        var missing = first.Warnings.Single(w => w.Code == DiagnosticCodes.TranslationStale && w.Location.File == "content/help/worried.ur.md");
        var fingerprint = missing.Fix!.Split("translated_from: ")[1][..8];
        _site.Write("content/help/worried.ur.md", Translation("بچے کی فکر", "اگر آپ کو فکر ہو۔", $"translated_from: {fingerprint}\nnative_review: done\n") + "اگر کسی بچے کو خطرہ ہو تو {{contact:emergency}} پر کال کریں۔\n");

        Assert.DoesNotContain(_site.Build().Warnings, w => w.Location.File == "content/help/worried.ur.md");

        // Review dates are not what a reader reads: changing them leaves the translation current.
        _site.Write("content/help/worried.md", Source("content/help/worried.md").Replace("reviewed: 2026-01-01", "reviewed: 2026-02-01", StringComparison.Ordinal));
        Assert.DoesNotContain(_site.Build().Warnings, w => w.Location.File == "content/help/worried.ur.md");

        _site.Write("content/help/worried.md", Source("content/help/worried.md") + "\nA new paragraph the translation does not have.\n");
        var stale = _site.Build().Warnings.Single(w => w.Location.File == "content/help/worried.ur.md");
        Assert.Equal(DiagnosticCodes.TranslationStale, stale.Code);
        Assert.Equal(4, stale.Location.Line);
        Assert.Contains("content/help/worried.md has changed since this اردو (ur) translation was made", stale.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(fingerprint, stale.Fix!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitegen_check_warns_of_a_stale_translation_and_strict_fails_on_it()
    {
        _site.Write("content/help/worried.ur.md", Translation("بچے کی فکر", "اگر آپ کو فکر ہو۔", "translated_from: 00000000\nnative_review: done\n") + "متن۔\n");

        var (code, _, error) = await SiteGenProcess.RunAsync(_site.Root, "check");
        var (strictCode, _, strictError) = await SiteGenProcess.RunAsync(_site.Root, "check", "--strict");

        Assert.Equal(0, code);
        Assert.Contains("content/help/worried.ur.md:4:18: warning SG0709: content/help/worried.md has changed since this", error, StringComparison.Ordinal);
        Assert.Equal(1, strictCode);
        Assert.Contains("warning SG0709", strictError, StringComparison.Ordinal);
    }

    [Fact]
    public void Translations_that_cannot_be_published_are_errors_naming_the_file_and_what_to_do()
    {
        _site.Write("content/help/not-there.ur.md", Translation("کچھ نہیں", "کچھ نہیں۔") + "متن۔\n");
        _site.Write("content/help/worried.pl.md", Translation("Martwię się", "O dziecko.") + "```quiz\nid: q\n```\n");
        _site.Write("content/help/worried.ar.md", Translation("قلق", "قلق.") + "نص.\n");
        _site.Write("content/help/worried.ur.md", "---\ntitle: بچے کی فکر\nsummary: فکر۔\nnative_review: maybe\n---\n\nمتن۔\n");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var notThere = result.Errors.Single(e => e.Location.File == "content/help/not-there.ur.md");
        Assert.Equal(DiagnosticCodes.TranslationInvalid, notThere.Code);
        Assert.Contains("translation of content/help/not-there.md, which does not exist", notThere.Message, StringComparison.Ordinal);
        var quiz = result.Errors.Single(e => e.Location.File == "content/help/worried.pl.md");
        Assert.Equal((DiagnosticCodes.TranslationInvalid, 7), (quiz.Code, quiz.Location.Line));
        Assert.Equal(DiagnosticCodes.FrontMatterInvalid, result.Errors.Single(e => e.Location.File == "content/help/worried.ur.md").Code);

        // A name like a translation into a language site.yaml does not list: published as a page, with a warning saying how to make it one.
        var arabic = result.Warnings.Single(w => w.Location.File == "content/help/worried.ar.md");
        Assert.Equal(DiagnosticCodes.TranslationInvalid, arabic.Code);
        Assert.Contains("ur, pl", arabic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_written_with_its_own_digits_has_its_dates_and_the_search_scripts_numbers_in_them()
    {
        _site.Write("themes/default/strings/ur.yaml", "digits: \"۰۱۲۳۴۵۶۷۸۹\"\n");
        _site.BuildOk();

        var urdu = _site.Html("ur/help/worried/index.html");
        Assert.Contains("۱ جنوری ۲۰۲۶", urdu.QuerySelector(".page-meta")!.TextContent, StringComparison.Ordinal);
        using (var words = System.Text.Json.JsonDocument.Parse(urdu.QuerySelector("form.site-search")!.GetAttribute("data-search-words")!))
        {
            Assert.Equal("۰۱۲۳۴۵۶۷۸۹", words.RootElement.GetProperty("digits").GetString());
        }

        Assert.Contains("tel:999", urdu.QuerySelector("main .contact__phone")!.GetAttribute("href"), StringComparison.Ordinal); // numbers to call stay as site.yaml has them
        Assert.Equal("999", urdu.QuerySelector("main .contact__phone")!.TextContent.Trim());
        Assert.DoesNotContain("digits", _site.Html("help/worried/index.html").QuerySelector("form.site-search")!.GetAttribute("data-search-words") ?? "", StringComparison.Ordinal);

        _site.Write("themes/default/strings/ur.yaml", "exit_this_page: نکلیں\ndigits: \"۰۱۲۳\"\n");
        var error = _site.BuildError(DiagnosticCodes.ThemeError);
        Assert.Equal(("themes/default/strings/ur.yaml", 2), (error.Location.File, error.Location.Line));
        Assert.Contains("ten digits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Languages_in_site_yaml_are_checked_and_a_missing_theme_word_is_a_warning_naming_its_key()
    {
        // A site's own file changes the lines it has; the theme's Urdu says the rest, with nothing to warn of.
        _site.Write("themes/default/strings/ur.yaml", "exit_this_page: یہاں سے نکلیں\n");
        Assert.DoesNotContain(_site.BuildOk().Warnings, w => w.Code == DiagnosticCodes.ThemeStringMissing);
        var urdu = _site.Html("ur/help/index.html");
        Assert.Equal("یہاں سے نکلیں", urdu.QuerySelector("a.skip-link--exit")!.TextContent);
        Assert.Equal("اصل مواد پر جائیں", urdu.QuerySelector("a.skip-link:not(.skip-link--exit)")!.TextContent);
        _site.Delete("themes/default/strings/ur.yaml");

        // A language the theme has no words in, with some of its own: each word it lacks is said.
        _site.Write("site.yaml", TestSite.SiteYaml.Replace("contacts:\n  emergency:\n    name: Police, in an emergency\n", "contacts:\n  emergency:\n    name: Police, in an emergency\n    translations:\n      ur:\n        name: پولیس\n", StringComparison.Ordinal) + Languages + "  - code: ro\n    name: Română\n");
        _site.Write("themes/default/strings/ro.yaml", "exit_this_page: Ieși de pe această pagină\n");
        var warnings = _site.Build().Warnings.Where(w => w.Code == DiagnosticCodes.ThemeStringMissing).ToList();
        Assert.Contains(warnings, w => w.Message.Contains("have no 'skip_to_main_content'", StringComparison.Ordinal) && w.Location.File == "themes/default/strings/ro.yaml");
        Assert.DoesNotContain(warnings, w => w.Message.Contains("'exit_this_page'", StringComparison.Ordinal));
        _site.Delete("themes/default/strings/ro.yaml");
        _site.Write("site.yaml", TestSite.SiteYaml + Languages);

        // A strings file that does not parse: its error at its line, not a warning for each of its words.
        _site.Write("themes/default/strings/pl.yaml", "exit_this_page: Opuść tę stronę\nskip_to_main_content: Przejdź: do treści\n");
        var broken = _site.Build();
        var syntax = broken.Errors.Single(e => e.Location.File == "themes/default/strings/pl.yaml");
        Assert.Equal((DiagnosticCodes.YamlSyntax, 2), (syntax.Code, syntax.Location.Line));
        Assert.DoesNotContain(broken.Warnings, w => w.Code == DiagnosticCodes.ThemeStringMissing);

        _site.Write("site.yaml", TestSite.SiteYaml + "languages:\n  - code: Urdu\n    name: اردو\n  - code: en\n    name: English\n  - code: pl\n    name: Polski\n    direction: sideways\n");
        var errors = _site.Build().Errors.Where(e => e.Code == DiagnosticCodes.ConfigInvalid).Select(e => (e.Location.Line, e.Message[..30])).ToList();
        Assert.Equal(3, errors.Count);
        _site.Write("site.yaml", TestSite.SiteYaml + "language_direction: upwards\n");
        var direction = _site.BuildError(DiagnosticCodes.ConfigInvalid);
        Assert.Contains("'language_direction' is 'upwards'", direction.Message, StringComparison.Ordinal);
        Assert.Equal(TestSite.SiteYaml.Split('\n').Length, direction.Location.Line);
    }
}
