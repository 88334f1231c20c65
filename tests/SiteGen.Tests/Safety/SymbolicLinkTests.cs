using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// Nothing outside the site's folder is ever read into the site: a symbolic link under
/// content/, static/ or the site's themes/ that leads outside is an error naming the link.
/// </summary>
public sealed class SymbolicLinkTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly string _outside = Directory.CreateTempSubdirectory("sitegen-outside-").FullName;

    public SymbolicLinkTests()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.md"), TestSite.Page("Secret", "parents") + "Private notes.\n");
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "Private notes.");
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private void Link(string relative, string target)
    {
        var path = Path.Combine(_site.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Directory.Exists(target))
        {
            Directory.CreateSymbolicLink(path, target);
        }
        else
        {
            File.CreateSymbolicLink(path, target);
        }
    }

    [Theory]
    [InlineData("content/notes", "")]
    [InlineData("content/help/secret.md", "secret.md")]
    [InlineData("static/secret.txt", "secret.txt")]
    [InlineData("themes/default/partials/secret.hbs", "secret.txt")]
    public void A_link_out_of_the_site_is_an_error_naming_the_link_and_nothing_of_it_is_published(string link, string target)
    {
        Link(link, Path.Combine(_outside, target));

        var result = _site.Build();

        var error = Assert.Single(result.Errors);
        Assert.Equal(DiagnosticCodes.LinkOutsideSite, error.Code);
        Assert.Equal(link, error.Location.File);
        Assert.Contains(link, error.Message, StringComparison.Ordinal);
        Assert.Contains("outside the site's folder", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_link_that_climbs_out_through_another_link_is_caught()
    {
        // inner/.. is where inner leads, one up: outside, though the words look inside.
        Directory.CreateDirectory(Path.Combine(_outside, "deep"));
        Link("content/inner", Path.Combine(_outside, "deep"));
        Link("content/tricky", "inner/../");

        var errors = _site.Build().Errors.ToList();

        Assert.Contains(errors, e => e.Code == DiagnosticCodes.LinkOutsideSite && e.Location.File == "content/tricky");
    }

    [Fact]
    public void A_link_to_nothing_is_an_error_rather_than_a_crash()
    {
        Link("content/help/gone.md", Path.Combine(_outside, "no-such-file.md"));

        var error = _site.BuildError(DiagnosticCodes.LinkOutsideSite);

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_that_stays_inside_the_site_is_followed()
    {
        _site.Write("shared/leaflet.md", TestSite.Page("Leaflet", "parents") + "Shared words.\n");
        Link("content/help/leaflet.md", Path.Combine(_site.Root, "shared/leaflet.md"));
        Link("content/help/again", Path.Combine(_site.Root, "content/help")); // a loop back up the tree ends

        _site.BuildOk();

        Assert.Contains("Shared words.", _site.OutputText("help/leaflet/index.html"), StringComparison.Ordinal);
    }
}
