using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Theme;

/// <summary>
/// What a reader's browser downloads of the theme's styles: every page one stylesheet without the
/// theme's comments, and a training module's pages a second one with the training components'
/// styles, which no other page needs.
/// </summary>
public sealed class ThemeStyleTests : IDisposable
{
    private readonly ExampleSiteCopy _example = new();
    private readonly TestSite _site = new();

    public void Dispose()
    {
        _example.Dispose();
        _site.Dispose();
    }

    [Fact]
    public void Module_pages_alone_load_the_training_styles_and_no_stylesheet_carries_the_themes_comments()
    {
        var output = _example.PathOf("output");
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = _example.PathOf("site.yaml"), OutputPath = output, BuiltInThemes = RepoPaths.Themes, WriteAnswerKeys = false });
        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        string[] Stylesheets(string page) =>
            [.. new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, page))).QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)];
        var css = File.ReadAllText(Path.Combine(output, "assets/sitegen.css"));
        var training = File.ReadAllText(Path.Combine(output, "assets/sitegen-training.css"));

        Assert.Equal(["../../assets/sitegen.css"], Stylesheets("about-cse/boys-and-young-men/index.html"));
        Assert.Equal(["../../../assets/sitegen.css"], Stylesheets("lessons/11-14/healthy-friendships/index.html"));
        Assert.Equal(["../../../assets/sitegen.css", "../../../assets/sitegen-training.css"], Stylesheets("training/level-1/what-is-cse/index.html"));
        Assert.Equal(["../../../assets/sitegen.css", "../../../assets/sitegen-training.css"], Stylesheets("training/level-1/certificate/index.html"));

        // Each component's rules are where its pages get them, and no comment is left in either.
        Assert.Contains(".exit-this-page", css, StringComparison.Ordinal);
        Assert.Contains(".quiz", css, StringComparison.Ordinal);
        Assert.DoesNotContain(".certificate", css, StringComparison.Ordinal);
        Assert.Contains(".certificate", training, StringComparison.Ordinal);
        Assert.Contains(".training-module", training, StringComparison.Ordinal);
        Assert.DoesNotContain("/*", css + training, StringComparison.Ordinal);
        Assert.DoesNotContain("\n ", css + training, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_stylesheet_keeps_what_looks_like_a_comment_inside_a_string()
    {
        _site.Write("themes/default/components/callout/callout.css", """
            /* The site's own callout. */
            .callout::before {
              content: "/* not a comment */"; /* but this is */
              font-family: 'a\'b';
            }
            .callout/**/.wide { border: 1px/**/solid; }
            """);
        _site.BuildOk();

        var css = _site.OutputText("assets/sitegen.css");

        Assert.Contains(".callout::before {\ncontent: \"/* not a comment */\";\nfont-family: 'a\\'b';\n}\n.callout.wide { border: 1px solid; }\n", css, StringComparison.Ordinal);
        Assert.DoesNotContain("The site's own callout", css, StringComparison.Ordinal);
        Assert.DoesNotContain("but this is", css, StringComparison.Ordinal);
    }
}
