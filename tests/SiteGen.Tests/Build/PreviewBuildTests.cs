using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>
/// The dev server's builds on a copy of the example site: a page whose body alone changed is
/// built alone, and whichever way a change is built, the folder served ends byte for byte as a
/// whole build of the same files would leave it.
/// </summary>
public sealed class PreviewBuildTests : IDisposable
{
    private const string Page = "content/about-cse/boys-and-young-men.md";
    private const string PageOutput = "about-cse/boys-and-young-men/index.html";
    private static readonly DateOnly Today = new(2026, 11, 21);
    private readonly ExampleSiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    private string Preview => _site.PathOf("preview");

    [Fact]
    public void A_body_edit_rebuilds_and_writes_only_that_page_and_the_search_index_and_matches_a_whole_build()
    {
        var preview = new PreviewBuild(Options(Preview));
        Assert.True(preview.BuildAll().Succeeded);
        var before = Snapshot(Preview);

        // A link to another page and a glossary term: both resolved as the whole build resolves them.
        Append(Page, "A young man can [get help](../help/index.md) from a worker who knows about grooming and exploitation.");
        var result = preview.Update([_site.PathOf(Page)]);
        var searchFiles = preview.UpdateSearch();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(Page, result.OnlyPage);
        // The example's warnings, as a whole build gives them: its two example numbers, and its six translations awaiting a native speaker.
        Assert.Equal([DiagnosticCodes.PlaceholderContact, DiagnosticCodes.PlaceholderContact, .. Enumerable.Repeat(DiagnosticCodes.TranslationUnreviewed, 6)],
            result.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal).ToArray());
        Assert.True(searchFiles > 0, "the search index was not written again after the page's words changed");
        var changed = Snapshot(Preview).Where(f => !before.TryGetValue(f.Key, out var old) || old != f.Value).Select(f => f.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(PageOutput, changed[0]);
        Assert.NotEmpty(changed.Skip(1));
        Assert.All(changed.Skip(1), path => Assert.StartsWith("search/", path, StringComparison.Ordinal)); // the index's parts, and no other page
        Assert.Contains("get help", File.ReadAllText(Path.Combine(Preview, PageOutput)), StringComparison.Ordinal);
        AssertSameAsWholeBuild();
    }

    [Fact]
    public void A_new_title_and_summary_rebuild_the_page_its_section_and_the_audience_pages_and_match_a_whole_build()
    {
        var preview = new PreviewBuild(Options(Preview));
        Assert.True(preview.BuildAll().Succeeded);
        var before = Snapshot(Preview);

        _site.Write(Page, _site.Read(Page)
            .Replace("title: Boys and young men", "title: Boys and young men too", StringComparison.Ordinal)
            .Replace("summary: Boys and young men are", "summary: Boys and young men, too, are", StringComparison.Ordinal));
        var result = preview.Update([_site.PathOf(Page)]);
        preview.UpdateSearch();

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal(Page, result.OnlyPage);
        var changed = Snapshot(Preview).Where(f => before[f.Key] != f.Value).Select(f => f.Key).ToList();
        Assert.Contains(PageOutput, changed);
        Assert.Contains("about-cse/index.html", changed); // the section's list of its pages
        Assert.Contains("about-cse/signs/index.html", changed); // the section's navigation
        Assert.Contains("for/parents/index.html", changed);
        Assert.DoesNotContain("help/index.html", changed);
        AssertSameAsWholeBuild();
    }

    [Fact]
    public void A_new_order_or_a_new_heading_builds_the_whole_site_and_still_matches_a_whole_build()
    {
        var preview = new PreviewBuild(Options(Preview));
        Assert.True(preview.BuildAll().Succeeded);

        _site.Write(Page, _site.Read(Page).Replace("order: 6", "order: 1", StringComparison.Ordinal));
        var order = preview.Update([_site.PathOf(Page)]);
        AssertSameAsWholeBuild();

        Append(Page, "## A new part of the page\n\nWith a heading other pages could link to.");
        var heading = preview.Update([_site.PathOf(Page)]);
        AssertSameAsWholeBuild();

        Assert.True(order.Succeeded && heading.Succeeded);
        Assert.Null(order.OnlyPage); // the page moves in its section and in every list of it
        Assert.Null(heading.OnlyPage); // a new id another page may link to
    }

    [Fact]
    public void A_template_edit_renders_every_page_again_from_the_content_as_it_was_and_matches_a_whole_build()
    {
        const string Footer = "themes/default/components/footer/footer.sbn-html";
        var builtIn = OverrideTemplate(Footer);
        var preview = new PreviewBuild(Options(Preview));
        var all = preview.BuildAll();
        Assert.True(all.Succeeded);

        _site.Write(Footer, builtIn + "<p class=\"site-footer__note\">Printed copies go out of date.</p>\n");
        var result = preview.Update([_site.PathOf(Footer)]);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.True(result.OnlyTemplates);
        Assert.Equal(all.PageCount, result.PageCount); // every page has the footer
        Assert.Equivalent(SiteBuilder.Build(Options(_site.PathOf("check"))).Diagnostics, result.Diagnostics, strict: true); // the same findings as a whole build, in any order
        Assert.Contains("Printed copies go out of date.", File.ReadAllText(Path.Combine(Preview, PageOutput)), StringComparison.Ordinal);
        AssertSameAsWholeBuild();

        // A template that no longer parses: the error, once, and the last good pages stay.
        _site.Write(Footer, builtIn + "{{ if }}\n");
        var broken = preview.Update([_site.PathOf(Footer)]);
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Errors, e => e.Location.File == Footer);
        Assert.Contains("Printed copies go out of date.", File.ReadAllText(Path.Combine(Preview, PageOutput)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_edit_renders_and_writes_only_the_pages_made_with_it_and_matches_a_whole_build()
    {
        const string SearchLayout = "themes/default/layouts/search.sbn-html";
        var builtIn = OverrideTemplate(SearchLayout);
        var preview = new PreviewBuild(Options(Preview));
        Assert.True(preview.BuildAll().Succeeded);
        var before = WriteTimes(Preview);

        _site.Write(SearchLayout, builtIn.Replace("</h1>", "</h1>\n  <p>Search looks at every page's words.</p>", StringComparison.Ordinal));
        var first = preview.Update([_site.PathOf(SearchLayout)]);
        var afterFirst = WriteTimes(Preview);
        _site.Write(SearchLayout, builtIn.Replace("</h1>", "</h1>\n  <p>Search looks at every page's title and words.</p>", StringComparison.Ordinal));
        var second = preview.Update([_site.PathOf(SearchLayout)]);

        Assert.True(first.Succeeded && second.Succeeded, string.Join('\n', first.Errors.Concat(second.Errors)));
        Assert.True(first.OnlyTemplates && second.OnlyTemplates);
        Assert.Equal(3, first.PageCount); // rendered again: the search pages alone
        Assert.Equal(3, second.PageCount);
        Assert.Contains("every page's title and words", File.ReadAllText(Path.Combine(Preview, "search/index.html")), StringComparison.Ordinal);
        // Only the search pages (the site's own, and its Polish and Urdu readers'), which alone
        // have that layout, were written again, each time.
        string[] searchPages = ["pl/search/index.html", "search/index.html", "ur/search/index.html"];
        Assert.Equal(searchPages, afterFirst.Where(f => before[f.Key] != f.Value).Select(f => f.Key).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(searchPages, WriteTimes(Preview).Where(f => afterFirst[f.Key] != f.Value).Select(f => f.Key).Order(StringComparer.Ordinal).ToArray());
        AssertSameAsWholeBuild();
    }

    [Fact]
    public void A_partial_edit_renders_and_writes_only_the_pages_that_include_it()
    {
        const string Partial = "themes/default/components/training-module/training-module.sbn-html";
        const string Marker = "Each page of a module takes a few minutes.";
        var builtIn = OverrideTemplate(Partial);
        var preview = new PreviewBuild(Options(Preview));
        var all = preview.BuildAll();
        Assert.True(all.Succeeded);
        var before = WriteTimes(Preview);

        _site.Write(Partial, builtIn + $"<p class=\"training-module__note\">{Marker}</p>\n");
        var result = preview.Update([_site.PathOf(Partial)]);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.True(result.OnlyTemplates);
        var written = WriteTimes(Preview).Where(f => before[f.Key] != f.Value).Select(f => f.Key).Order(StringComparer.Ordinal).ToArray();
        var withMarker = Directory.EnumerateFiles(Preview, "*.html", SearchOption.AllDirectories).Where(f => File.ReadAllText(f).Contains(Marker, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Preview, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(withMarker);
        Assert.Equal(withMarker, written); // the training modules' pages, and nothing else
        Assert.Equal(withMarker.Length, result.PageCount);
        Assert.True(result.PageCount < all.PageCount / 2, $"{result.PageCount} of {all.PageCount} pages rendered again");
        AssertSameAsWholeBuild();
    }

    // Copies the theme's own template to the site's override of it (a "themes/default/..." path), as
    // an author does before changing it; returns its text.
    private string OverrideTemplate(string path)
    {
        var builtIn = File.ReadAllText(Path.Combine(RepoPaths.Themes, path["themes/".Length..]));
        Directory.CreateDirectory(Path.GetDirectoryName(_site.PathOf(path))!);
        _site.Write(path, builtIn);
        return builtIn;
    }

    private static Dictionary<string, DateTime> WriteTimes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    [Fact]
    public void A_body_edit_with_a_broken_link_is_reported_at_its_line_and_the_last_good_page_stays_served()
    {
        var preview = new PreviewBuild(Options(Preview));
        Assert.True(preview.BuildAll().Succeeded);
        var served = File.ReadAllText(Path.Combine(Preview, PageOutput));

        Append(Page, "See [the missing page](no-such-page.md).");
        var broken = preview.Update([_site.PathOf(Page)]);
        var line = _site.Read(Page).Split('\n').Length - 1;

        var error = Assert.Single(broken.Errors);
        Assert.False(broken.Succeeded);
        Assert.Equal(Page, broken.OnlyPage);
        Assert.Equal((Page, line), (error.Location.File, error.Location.Line));
        Assert.Equal(served, File.ReadAllText(Path.Combine(Preview, PageOutput)));

        // Mended, the page is right again, and so is everything else.
        _site.Write(Page, _site.Read(Page).Replace("(no-such-page.md)", "(signs.md)", StringComparison.Ordinal));
        var mended = preview.Update([_site.PathOf(Page)]);
        preview.UpdateSearch();
        Assert.True(mended.Succeeded, string.Join('\n', mended.Diagnostics));
        AssertSameAsWholeBuild();
    }

    [Fact]
    public void A_body_edit_that_brings_script_is_refused_as_a_whole_build_refuses_it_and_nothing_is_written()
    {
        var preview = new PreviewBuild(Options(Preview));
        Assert.True(preview.BuildAll().Succeeded);
        var served = File.ReadAllText(Path.Combine(Preview, PageOutput));

        Append(Page, "[Click here](javascript:alert(1)) and ![a tracker](https://tracker.example/pixel.png)");
        var hostile = preview.Update([_site.PathOf(Page)]);

        Assert.False(hostile.Succeeded);
        Assert.Equal(Page, hostile.OnlyPage);
        Assert.Equal(
            SiteBuilder.Build(Options(_site.PathOf("whole"))).Errors.Select(e => (e.Code, e.Location)).Order(),
            hostile.Errors.Select(e => (e.Code, e.Location)).Order());
        Assert.Equal(served, File.ReadAllText(Path.Combine(Preview, PageOutput)));
    }

    private void Append(string relativePath, string paragraph) => _site.Write(relativePath, _site.Read(relativePath).TrimEnd('\n') + "\n\n" + paragraph + "\n");

    private BuildOptions Options(string output) => new()
    {
        ConfigPath = _site.PathOf("site.yaml"),
        OutputPath = output,
        WriteAnswerKeys = false,
        BuiltInThemes = RepoPaths.Themes,
        Today = Today,
    };

    private void AssertSameAsWholeBuild()
    {
        var whole = _site.PathOf("whole");
        Assert.True(SiteBuilder.Build(Options(whole)).Succeeded);
        var expected = Snapshot(whole);
        var actual = Snapshot(Preview);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(expected.Where(f => actual[f.Key] != f.Value).Select(f => f.Key));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))),
            StringComparer.Ordinal);
}
