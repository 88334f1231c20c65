using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// A small real site in a temporary folder: a valid site.yaml and the pages every site needs,
/// which a test changes or adds to, builds with the real pipeline and the real default theme,
/// and reads back as HTML.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string SiteYaml = """
        title: Test partnership site
        description: A site for tests.
        url: https://cse.example.org
        base_path: /safeguarding/cse/
        partnership:
          name: Testshire Safeguarding Children Partnership
        contacts:
          emergency:
            name: Police, in an emergency
            phone: "999"
          police:
            name: Police non-emergency
            phone: "101"
          front_door:
            name: Children's social care front door
            phone: 0300 555 0101
          out_of_hours:
            name: Emergency duty team
            phone: 0300 555 0102
          childline:
            name: Childline
            phone: 0800 1111
            url: https://www.childline.org.uk/
          ceop:
            name: CEOP Safety Centre
            url: https://www.ceop.police.uk/Safety-Centre/
        audiences:
          - id: young-people
            label: I am a young person aged
            title: For young people
            by_age_band: true
          - id: parents
            label: I am a parent or carer
            title: For parents and carers
        age_bands:
          - id: 11-14
            label: 11 to 14
          - id: 14-16
            label: 14 to 16
        navigation:
          - title: Get help
            page: help/index.md
        pages:
          help: help/index.md
          cover_your_tracks: help/cover-your-tracks.md
          glossary: glossary/index.md

        """;

    public TestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "sitegen-test-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Root);
        Write("site.yaml", SiteYaml);
        Write("content/index.md", Page("Home", "parents", "layout: home\n") + "Welcome. You can always call {{contact:childline}}.\n");
        Write("content/help/index.md", Page("Get help", "parents") + "Call {{contact:childline}}.\n");
        Write("content/help/cover-your-tracks.md", Page("Cover your tracks", "parents", "search: false\n") + "The exit button does not clear your history.\n\n## Where to get help\n\nCall {{contact:childline}}.\n");
        Write("content/glossary/index.md", Page("Glossary", "parents", "layout: glossary\n") + """
            Child sexual exploitation (CSE)
            : A form of child sexual abuse.

            Multi-agency safeguarding hub (MASH)
            : Where agencies share what they know about a child.

            """);
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    /// <summary>Front matter for a valid page, with optional extra keys.</summary>
    public static string Page(string title, string audience, string extra = "") =>
        $"---\ntitle: {title}\nsummary: About {title.ToLowerInvariant()}.\naudience: [{audience}]\nreviewed: 2026-01-01\nreview_due: 2027-01-01\n{extra}---\n\n";

    public TestSite Write(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return this;
    }

    public TestSite Delete(string relativePath)
    {
        File.Delete(Path.Combine(Root, relativePath));
        return this;
    }

    /// <summary>The date the test site is built on: fixed, so its pages' review dates never go out of date.</summary>
    public static readonly DateOnly Today = new(2026, 6, 1);

    public BuildResult Build(bool strict = false, bool forDisk = false, bool write = true, DateOnly? today = null) =>
        SiteBuilder.Build(new BuildOptions
        {
            ConfigPath = Path.Combine(Root, "site.yaml"),
            OutputPath = Output,
            Strict = strict,
            ForDisk = forDisk,
            WriteOutput = write,
            BuiltInThemes = RepoPaths.Themes,
            Today = today ?? Today,
        });

    /// <summary>Builds and fails the test, listing the diagnostics, unless the build succeeded.</summary>
    public BuildResult BuildOk(bool forDisk = false)
    {
        var result = Build(forDisk: forDisk);
        Assert.True(result.Succeeded, "Build failed:\n" + string.Join('\n', result.Diagnostics));
        return result;
    }

    /// <summary>Builds and returns the one error with the given code, failing if there is not exactly one.</summary>
    public Diagnostic BuildError(string code)
    {
        var result = Build();
        Assert.False(result.Succeeded);
        var matching = result.Errors.Where(e => e.Code == code).ToList();
        Assert.True(matching.Count == 1, $"Expected one {code}, got:\n" + string.Join('\n', result.Diagnostics));
        return matching[0];
    }

    public IHtmlDocument Html(string outputPath) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, outputPath)));

    public string OutputText(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
