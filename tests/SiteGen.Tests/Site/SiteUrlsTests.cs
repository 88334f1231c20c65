using SiteGen.Site;

namespace SiteGen.Tests.Site;

public sealed class SiteUrlsTests
{
    private static readonly SiteUrls Web = new(ForDisk: false, BasePath: "/safeguarding/cse/");
    private static readonly SiteUrls Disk = new(ForDisk: true, BasePath: "/");

    [Theory]
    [InlineData("help/is-this-ok/", "about-cse/signs/", null, "../../about-cse/signs/")]
    [InlineData("help/is-this-ok/", "", null, "../../")]
    [InlineData("", "", null, "./")]
    [InlineData("", "help/", "danger", "help/#danger")]
    [InlineData("lessons/11-14/x/", "assets/sitegen.css", null, "../../../assets/sitegen.css")]
    [InlineData("a/b/c/d/e/f/g/h/i/j/", "help/", null, "../../../../../../../../../../help/")]
    public void Links_are_relative_so_the_site_works_under_any_path(string from, string to, string? anchor, string expected) =>
        Assert.Equal(expected, Web.Link(from, to, anchor));

    [Theory]
    [InlineData("help/is-this-ok/", "about-cse/signs/", "../../about-cse/signs/index.html")]
    [InlineData("help/is-this-ok/", "", "../../index.html")]
    [InlineData("", "", "index.html")]
    [InlineData("help/", "assets/sitegen.css", "../assets/sitegen.css")]
    public void Disk_links_name_index_html_because_file_urls_do_not_serve_folders(string from, string to, string expected) =>
        Assert.Equal(expected, Disk.Link(from, to));

    [Fact]
    public void A_page_served_at_any_depth_links_from_the_base_path() =>
        Assert.Equal("/safeguarding/cse/help/", Web.Link(null, "help/"));

    [Theory]
    [InlineData("help/../about/x.md", "about/x.md")]
    [InlineData("help/./x.md", "help/x.md")]
    [InlineData("help/../../x.md", null)]
    [InlineData("a/b/../../c/", "c/")]
    [InlineData("a/b/../..", "")]
    [InlineData("a//b/./", "a/b/")]
    [InlineData("/a/b", "a/b")]
    [InlineData("lessons/11-14/x/../../../help/", "help/")]
    [InlineData("", "")]
    [InlineData("..", null)]
    [InlineData("a/../..", null)]
    public void Normalise_resolves_dots_and_refuses_to_climb_above_the_root(string path, string? expected) =>
        Assert.Equal(expected, SiteUrls.Normalise(path));
}
