using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>Builds a small real site and reads its HTML as a browser would.</summary>
public sealed class SiteBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public SiteBuildTests()
    {
        _site.Write("content/help/is-this-ok.md", TestSite.Page("Is this OK?", "young-people", "age_band: [11-14]\norder: 1\n") + """
            ## Signs to look for

            Child sexual exploitation is abuse. CSE is never your fault, and child sexual exploitation can happen online.

            ::: danger If you are in danger now
            Call {{contact:emergency}} or {{contact:childline.phone}}.
            :::

            Read [what to do](worried.md#what-to-do), see the [glossary](../glossary/index.md) or go [back up](#signs-to-look-for).

            | Sign | Why it matters |
            | --- | --- |
            | Gifts | Grooming often starts with gifts |

            """);
        _site.Write("content/help/worried.md", TestSite.Page("Worried about a child", "parents", "order: 2\n") + "## What to do\n\nCall {{contact:front_door}}.\n\n- [ ] not a checkbox\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Each_page_has_its_title_description_canonical_link_and_one_h1()
    {
        _site.BuildOk();
        var page = _site.Html("help/is-this-ok/index.html");

        Assert.Equal("Is this OK? - Test partnership site", page.Title);
        Assert.Equal("About is this ok?.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("https://cse.example.org/safeguarding/cse/help/is-this-ok/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Is this OK?", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Links_between_pages_become_relative_addresses_that_work_under_a_sub_path()
    {
        _site.BuildOk();
        var links = _site.Html("help/is-this-ok/index.html").QuerySelectorAll("main .prose a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();

        Assert.Contains(("what to do", "../../help/worried/#what-to-do"), links);
        Assert.Contains(("glossary", "../../glossary/"), links);
        Assert.Contains(("back up", "#signs-to-look-for"), links);
    }

    [Fact]
    public void The_disk_build_links_to_every_index_html_explicitly()
    {
        _site.BuildOk(forDisk: true);
        var page = _site.Html("help/is-this-ok/index.html");
        var internalLinks = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Where(h => !h.Contains(':', StringComparison.Ordinal) && !h.StartsWith('#')).ToList();

        Assert.NotEmpty(internalLinks);
        Assert.All(internalLinks, href => Assert.Matches(@"index\.html(#.*)?$", href));
        Assert.Contains("../../help/worried/index.html#what-to-do", internalLinks);
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.All(internalLinks, href => Assert.True(File.Exists(Path.GetFullPath(Path.Combine(_site.Output, "help/is-this-ok", href.Split('#')[0]))), href));
    }

    [Fact]
    public void Contacts_come_from_site_yaml_with_their_numbers_as_phone_links()
    {
        _site.BuildOk();
        var main = _site.Html("help/is-this-ok/index.html").QuerySelector("main")!;

        var emergency = main.QuerySelectorAll(".contact").First();
        Assert.Equal("Police, in an emergency 999", emergency.TextContent.Trim());
        Assert.Equal("tel:999", emergency.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(main.QuerySelectorAll("a.contact__phone"), a => a.GetAttribute("href") == "tel:08001111" && a.TextContent == "0800\u00a01111");
    }

    [Fact]
    public void A_callout_is_a_labelled_note_with_its_title()
    {
        _site.BuildOk();
        var callout = _site.Html("help/is-this-ok/index.html").QuerySelector(".callout--danger")!;

        Assert.Equal("note", callout.GetAttribute("role"));
        var titleId = callout.GetAttribute("aria-labelledby")!;
        Assert.Equal("If you are in danger now", callout.QuerySelector($"#{titleId}")!.TextContent);
        Assert.Contains("Call Police, in an emergency 999", callout.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_first_use_of_a_glossary_term_on_a_page_links_to_its_definition()
    {
        _site.BuildOk();
        var terms = _site.Html("help/is-this-ok/index.html").QuerySelectorAll("main a.glossary-term").ToList();
        var glossary = _site.Html("glossary/index.html");

        var term = Assert.Single(terms);
        Assert.Equal("Child sexual exploitation", term.TextContent);
        Assert.Equal("../../glossary/#term-child-sexual-exploitation", term.GetAttribute("href"));
        Assert.NotNull(glossary.QuerySelector("dl.glossary dt#term-child-sexual-exploitation"));
        Assert.Empty(glossary.QuerySelectorAll("main a.glossary-term"));
    }

    [Fact]
    public void Tables_render_and_task_lists_stay_plain_text()
    {
        _site.BuildOk();

        Assert.Equal("Gifts", _site.Html("help/is-this-ok/index.html").QuerySelector("main table td")!.TextContent);
        var worried = _site.Html("help/worried/index.html");
        Assert.Null(worried.QuerySelector("main input[type=checkbox]"));
        Assert.Contains("[ ] not a checkbox", worried.QuerySelector("main .prose li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Breadcrumbs_and_section_navigation_place_a_page_in_its_section()
    {
        _site.BuildOk();
        var page = _site.Html("help/worried/index.html");

        var crumbs = page.QuerySelectorAll(".breadcrumbs a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Home", "../../"), ("Get help", "../../help/")], crumbs);
        var sectionLinks = page.QuerySelectorAll("nav.section-nav a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Is this OK?", sectionLinks);
        Assert.Equal("page", page.QuerySelector("nav.section-nav a[aria-current]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public void Pages_of_a_sequence_link_to_the_previous_and_next_in_order()
    {
        _site.Write("content/lessons/index.md", TestSite.Page("Lessons", "parents", "sequence: true\n") + "All lessons.\n");
        _site.Write("content/lessons/second.md", TestSite.Page("Second lesson", "parents", "order: 2\n") + "Two.\n");
        _site.Write("content/lessons/first.md", TestSite.Page("First lesson", "parents", "order: 1\n") + "One.\n");
        _site.BuildOk();

        var first = _site.Html("lessons/first/index.html");
        var landing = _site.Html("lessons/index.html");

        Assert.Contains("Lessons", first.QuerySelector("[rel=prev]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("../../lessons/second/", first.QuerySelector("[rel=next]")!.GetAttribute("href"));
        Assert.Null(_site.Html("lessons/second/index.html").QuerySelector("[rel=next]"));
        Assert.Equal(["First lesson", "Second lesson"], landing.QuerySelectorAll("main .page-list a").Select(a => a.TextContent.Trim()).ToArray());
    }

    [Fact]
    public void The_home_page_offers_each_audience_and_each_age_band_as_the_main_choice()
    {
        _site.BuildOk();
        var home = _site.Html("index.html");
        var choices = home.QuerySelectorAll("main a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();

        Assert.Contains(("I am a young person aged 11 to 14", "for/young-people/11-14/"), choices);
        Assert.Contains(("I am a young person aged 14 to 16", "for/young-people/14-16/"), choices);
        Assert.Contains(choices, c => c.Item1.Contains("I am a parent or carer", StringComparison.Ordinal) && c.Item2 == "for/parents/");
    }

    [Fact]
    public void An_audience_page_lists_the_pages_for_that_audience_and_age_band()
    {
        _site.BuildOk();
        var band = _site.Html("for/young-people/11-14/index.html");
        var parents = _site.Html("for/parents/index.html");

        Assert.Equal("For young people aged 11 to 14", band.QuerySelector("h1")!.TextContent.Trim());
        var bandPages = band.QuerySelectorAll("main a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Is this OK?", bandPages);
        Assert.DoesNotContain("Worried about a child", bandPages);
        Assert.Contains("Worried about a child", parents.QuerySelectorAll("main a").Select(a => a.TextContent.Trim()));
        var otherBand = _site.Html("for/young-people/14-16/index.html").QuerySelectorAll("main a").Select(a => a.TextContent.Trim());
        Assert.DoesNotContain("Is this OK?", otherBand);
    }

    [Fact]
    public void Every_page_carries_the_quick_exit_and_the_same_help_block()
    {
        _site.BuildOk();
        string[] pages = ["index.html", "help/index.html", "help/worried/index.html", "for/parents/index.html", "404.html"];

        var helpBlocks = pages.Select(p => _site.Html(p).QuerySelector(".help-block")!.TextContent.Trim()).Distinct().ToList();
        foreach (var page in pages.Select(_site.Html))
        {
            Assert.Equal("https://www.bbc.co.uk/weather", page.QuerySelector(".exit-this-page__button")!.GetAttribute("href"));
            Assert.Equal("Exit this page", page.QuerySelector("body a")!.TextContent.Trim());
        }

        var helpBlock = Assert.Single(helpBlocks);
        Assert.Contains("999", helpBlock, StringComparison.Ordinal);
        Assert.Contains("0800\u00a01111", helpBlock, StringComparison.Ordinal); // a number never breaks across lines
        Assert.Contains("0300\u00a0555\u00a00101", helpBlock, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_have_no_inline_script_or_style_so_a_strict_csp_works()
    {
        _site.BuildOk();
        var page = _site.Html("help/is-this-ok/index.html");

        Assert.Empty(page.QuerySelectorAll("script:not([src]), style, [style]"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Contains("default-src 'self'", page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_404_page_links_from_the_base_path_because_it_is_served_at_any_depth()
    {
        _site.BuildOk();
        var page = _site.Html("404.html");

        Assert.Equal("/safeguarding/cse/assets/sitegen.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("/safeguarding/cse/", page.QuerySelector(".breadcrumbs a, header a.site-header__home")!.GetAttribute("href"));
    }

    [Fact]
    public void The_sitemap_lists_every_page_at_its_published_address_and_robots_names_it()
    {
        _site.BuildOk();
        var sitemap = _site.OutputText("sitemap.xml");

        Assert.Contains("<loc>https://cse.example.org/safeguarding/cse/help/is-this-ok/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://cse.example.org/safeguarding/cse/for/parents/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("404", sitemap, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://cse.example.org/safeguarding/cse/sitemap.xml", _site.OutputText("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_overrides_one_theme_file_by_putting_its_own_at_the_same_path()
    {
        _site.Write("themes/default/components/help-block/help-block.sbn-html", "<aside class=\"help-block\" aria-label=\"Help\"><p>Our own help: {{ site.help.childline.phone }}</p></aside>");
        _site.BuildOk();
        var page = _site.Html("help/index.html");

        Assert.Equal("Our own help: 0800\u00a01111", page.QuerySelector(".help-block")!.TextContent);
        Assert.NotNull(page.QuerySelector(".exit-this-page__button")); // the rest of the theme is still the built-in one
    }

    [Fact]
    public void Files_beside_the_pages_are_published_and_can_be_linked()
    {
        _site.Write("content/help/leaflet.txt", "A leaflet.");
        _site.Write("content/help/leaflet-page.md", TestSite.Page("Leaflet", "parents") + "[Download](leaflet.txt)\n");
        _site.BuildOk();

        Assert.Equal("A leaflet.", _site.OutputText("help/leaflet.txt"));
        Assert.Equal("../../help/leaflet.txt", _site.Html("help/leaflet-page/index.html").QuerySelector("main a[href$='leaflet.txt']")!.GetAttribute("href"));
    }

    [Fact]
    public void An_editors_backups_and_autosaves_of_a_page_are_never_published()
    {
        // The page as it was before an edit that took something out: it must not go out beside it.
        _site.Write("content/help/index.md~", TestSite.Page("Get help", "parents") + "The old text.\n");
        _site.Write("content/help/#index.md#", "An autosave.\n");
        _site.Write("static/Thumbs.db", "thumbnails");
        _site.Write("static/leaflet.pdf~", "an old leaflet");
        _site.BuildOk();

        var published = Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain("index.md~", published);
        Assert.DoesNotContain("#index.md#", published);
        Assert.DoesNotContain("Thumbs.db", published);
        Assert.DoesNotContain("leaflet.pdf~", published);
        Assert.Contains("index.html", published);
    }
}
