using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The sitegen command as an editor uses it: verbs, output and exit codes.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SiteGenCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Config => Path.Combine(_site.Root, "site.yaml");

    [Fact]
    public void Build_writes_the_site_and_exits_zero()
    {
        var (code, output, _) = Run("build", "--config", Config, "--out", _site.Output);

        Assert.Equal(0, code);
        Assert.Matches(@"Built \d+ pages \(\d+ files\)", output);
        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")));
    }

    [Fact]
    public void Content_errors_exit_one_with_every_error_on_standard_error()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "{{contact:nobody}} [x](gone.md)\n");

        var (code, _, error) = Run("build", "--config", Config, "--out", _site.Output);

        Assert.Equal(1, code);
        Assert.Contains("content/help/a.md:9:1: error SG0401: Unknown contact 'nobody'", error, StringComparison.Ordinal);
        Assert.Contains("content/help/a.md:9:20: error SG0501", error, StringComparison.Ordinal);
        Assert.Contains("2 error(s)", error, StringComparison.Ordinal);
        Assert.Contains("the previous output folder is unchanged", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("build", "--colour")]
    [InlineData("new", "leaflet", "help/x")]
    [InlineData("new", "page")]
    public void Wrong_usage_exits_two(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Contains("sitegen --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_placeholder_numbers_as_warnings_and_strict_turns_them_into_failure()
    {
        _site.Write("site.yaml", TestSite.SiteYaml.Replace("0300 555 0101", "01632 960000", StringComparison.Ordinal));

        var normal = Run("check", "--config", Config);
        var strict = Run("check", "--config", Config, "--strict");

        Assert.Equal(0, normal.Code);
        Assert.Contains("site.yaml:16:12: warning SG0203", normal.Error, StringComparison.Ordinal);
        Assert.Equal(1, strict.Code);
        Assert.Contains("--strict: warnings fail the build", strict.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Theory]
    [InlineData("page", "help/talking-to-your-child", "help/talking-to-your-child.md")]
    [InlineData("lesson", "lessons/14-16/consent", "lessons/14-16/consent.md")]
    [InlineData("module", "training/level-1", "training/level-1/index.md")]
    public void New_creates_a_file_that_builds_as_it_is(string kind, string path, string created)
    {
        var sections = path.Split('/');
        for (var i = 1; i < sections.Length; i++)
        {
            var index = "content/" + string.Join('/', sections[..i]) + "/index.md";
            if (!File.Exists(Path.Combine(_site.Root, index)))
            {
                _site.Write(index, TestSite.Page("Section " + i, "parents") + "Section.\n");
            }
        }

        var (code, output, _) = Run("new", kind, path, "--config", Config);
        var build = _site.Build(write: false);

        Assert.Equal(0, code);
        Assert.Contains($"Created content/{created}.", output, StringComparison.Ordinal);
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
    }

    [Fact]
    public void A_new_module_comes_with_its_quiz_page_and_builds_into_a_module_with_a_certificate()
    {
        _site.Write("content/training/index.md", TestSite.Page("Training", "parents") + "Training.\n");
        var (code, output, _) = Run("new", "module", "training/safer-taxis", "--config", Config);

        Assert.Equal(0, code);
        Assert.Contains("Created content/training/safer-taxis/quiz.md", output, StringComparison.Ordinal);
        Assert.Contains("module: safer-taxis", File.ReadAllText(Path.Combine(_site.Root, "content/training/safer-taxis/quiz.md")), StringComparison.Ordinal);
        _site.BuildOk();
        Assert.True(File.Exists(Path.Combine(_site.Output, "training/safer-taxis/certificate/index.html")));
        Assert.Contains("id: safer-taxis-quiz", File.ReadAllText(Path.Combine(_site.Root, "content/training/safer-taxis/quiz.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_lesson_takes_its_age_band_from_its_folder_and_an_audience_the_site_has()
    {
        Run("new", "lesson", "lessons/14-16/consent", "--config", Config);

        var text = File.ReadAllText(Path.Combine(_site.Root, "content/lessons/14-16/consent.md"));

        Assert.Contains("age_band: [14-16]", text, StringComparison.Ordinal);
        Assert.Contains("audience: [young-people]", text, StringComparison.Ordinal); // the test site has no 'schools'
        Assert.Contains("## Ground rules", text, StringComparison.Ordinal);
    }

    [Fact]
    public void New_never_overwrites_and_never_writes_outside_content()
    {
        var (existing, _, existingError) = Run("new", "page", "help/index", "--config", Config);
        var (outside, _, outsideError) = Run("new", "page", "../../escape", "--config", Config);

        Assert.Equal(1, existing);
        Assert.Contains("already exists", existingError, StringComparison.Ordinal);
        Assert.Equal(2, outside);
        Assert.Contains("outside content/", outsideError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_site.Root, "..", "escape.md")));
    }
}
