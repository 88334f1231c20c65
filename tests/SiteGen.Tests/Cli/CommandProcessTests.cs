using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The verbs as the README tells an editor to run them: the built command as its own process, in a
/// copy of the example site, with no --config (the site's folder is the working directory). What
/// is asserted is what a user sees: the exit code, the files written and the lines printed.
/// </summary>
public sealed class CommandProcessTests : IDisposable
{
    private const string Page = "content/help/talking-to-your-child.md";
    private readonly ExampleSiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    private Task<(int Code, string Output, string Error)> Run(params string[] args) => SiteGenProcess.RunAsync(_site.Root, args);

    [Fact]
    public async Task Build_writes_output_and_a_bad_page_exits_one_and_leaves_the_previous_output_as_it_was()
    {
        var theme = Path.Combine(Path.GetDirectoryName(SiteGenProcess.CommandDll)!, "themes", "default");
        Assert.True(File.Exists(Path.Combine(theme, "node_modules", "lunr", "lunr.min.js")), $"The built-in theme does not travel with the command: {theme}");
        Assert.False(Directory.Exists(_site.PathOf("themes"))); // so the build uses the theme beside the command

        var (code, output, error) = await Run("build");

        Assert.True(code == 0, $"exit code {code}\n{output}\n{error}");
        Assert.Matches($@"^Built \d+ pages \(\d+ files\) into {Regex.Escape(_site.PathOf("output"))} in [\d.]+s\.$", output.Trim());
        Assert.True(File.Exists(_site.PathOf("output/index.html")));
        Assert.Contains("<h1", File.ReadAllText(_site.PathOf("output/lessons/11-14/healthy-friendships/index.html")), StringComparison.Ordinal);
        var built = Snapshot();
        var folders = Entries();

        File.AppendAllText(_site.PathOf(Page), "\nCall {{contact:nobody}} or read [this](no-such-page.md).\n");
        var (badCode, badOutput, badError) = await Run("build");

        var lines = _site.Read(Page).Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("{{contact:nobody}}", StringComparison.Ordinal)) + 1;
        Assert.True(badCode == 1, $"exit code {badCode}\n{badOutput}\n{badError}");
        Assert.Matches($@"(?m)^{Regex.Escape(Page)}:{line}:6: error SG0401: Unknown contact 'nobody'.*\. Fix: .+$", badError);
        Assert.Matches($@"(?m)^{Regex.Escape(Page)}:{line}:{lines[line - 1].IndexOf("[this]", StringComparison.Ordinal) + 1}: error SG0501: .+ Fix: .+$", badError);
        Assert.Contains("Nothing was written; the previous output folder is unchanged.", badError, StringComparison.Ordinal);
        Assert.Equal("", badOutput);
        Assert.Equal(built, Snapshot());
        Assert.Equal(folders, Entries()); // no staging folder left beside output/
    }

    [Fact]
    public async Task A_misspelt_site_yaml_key_broken_front_matter_and_a_broken_link_are_all_listed_in_one_run()
    {
        var yaml = _site.Read("site.yaml");
        _site.Write("site.yaml", new Regex("^title:", RegexOptions.Multiline).Replace(yaml, "titel:", 1));
        _site.Write(Page, new Regex("^title: .*$", RegexOptions.Multiline).Replace(_site.Read(Page), "title: [unclosed", 1));
        _site.Write("content/about-cse/index.md", _site.Read("content/about-cse/index.md") + "\n[Read on](no-such-page.md)\n");

        var (code, output, error) = await Run("build");

        Assert.True(code == 1, $"exit code {code}\n{output}\n{error}");
        var errors = error.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.Collection(errors,
            e => Assert.StartsWith("content/about-cse/index.md:", e, StringComparison.Ordinal),
            e => Assert.StartsWith($"{Page}:3:1: error SG0101", e, StringComparison.Ordinal),
            e => Assert.Contains("Unknown key 'titel'", e, StringComparison.Ordinal),
            e => Assert.Contains("missing the required key 'title'", e, StringComparison.Ordinal));
        Assert.Contains("no-such-page.md", errors[0], StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.PathOf("output")), "A build with errors wrote output.");
    }

    [Fact]
    public async Task Build_with_timings_prints_each_stage_in_order_and_the_memory_it_took()
    {
        var (code, output, error) = await Run("build", "--timings");

        Assert.True(code == 0, $"exit code {code}\n{output}\n{error}");
        Assert.Matches(@"(?m)^Stages: load \d+ ms, parse \d+ ms, assemble \d+ ms, render \d+ ms, check \d+ ms, emit \d+ ms$", output);
        Assert.Matches(@"(?m)^Memory: \d+\.\d\d GB allocated, \d+ collections \(\d+ full\), \d+ ms paused\.$", output);
    }

    [Fact]
    public async Task Check_warns_about_the_example_numbers_and_strict_fails_on_them_writing_nothing()
    {
        var before = Entries();

        var (code, output, error) = await Run("check");
        var (strictCode, _, strictError) = await Run("check", "--strict");

        Assert.True(code == 0, $"exit code {code}\n{output}\n{error}");
        Assert.Matches(@"^Checked \d+ pages: no errors\.$", output.Trim());
        foreach (var (contact, number) in new[] { ("front_door", "01632 960000"), ("out_of_hours", "01632 960001") })
        {
            var lines = _site.Read("site.yaml").Split('\n');
            var line = Array.FindIndex(lines, l => l.Contains(number, StringComparison.Ordinal));
            Assert.Contains($"site.yaml:{line + 1}:{lines[line].IndexOf(number, StringComparison.Ordinal) + 1}: warning SG0203: Contact '{contact}' still has the example number {number}", error, StringComparison.Ordinal);
        }

        Assert.Equal(1, strictCode);
        Assert.Contains("0 error(s), 8 warning(s) (--strict: warnings fail the build).", strictError, StringComparison.Ordinal); // and six translations awaiting a native speaker
        Assert.Equal(before, Entries());
    }

    [Fact]
    public async Task Report_content_writes_a_markdown_table_row_for_each_page()
    {
        var (code, output, error) = await Run("report", "content", "--out", "report.md");

        Assert.True(code == 0, $"exit code {code}\n{output}\n{error}");
        Assert.Matches($@"^Wrote the content report for \d+ pages to {Regex.Escape(_site.PathOf("report.md"))}\.$", output.Trim());
        Assert.Contains("\n| lessons/11-14/healthy-friendships.md | For young people, aged 11 to 14 | ", _site.Read("report.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_content_makes_its_folder_and_says_plainly_when_it_cannot_write()
    {
        var (code, _, _) = await Run("report", "content", "--out", "reports/2027/content.md");
        var (badCode, badOutput, badError) = await Run("report", "content", "--out", "site.yaml/report.md");

        Assert.Equal(0, code);
        Assert.True(File.Exists(_site.PathOf("reports/2027/content.md")));
        Assert.Equal(1, badCode);
        Assert.Equal("", badOutput);
        Assert.StartsWith("sitegen report content: could not write site.yaml/report.md: ", badError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", badError, StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public async Task New_creates_pages_that_build_and_never_overwrites_one()
    {
        var existing = _site.Read(Page);

        var page = await Run("new", "page", "help/keeping-safe-at-parties");
        var lesson = await Run("new", "lesson", "lessons/14-16/saying-no");
        var module = await Run("new", "module", "training/taxi-drivers");
        var again = await Run("new", "page", "help/keeping-safe-at-parties");
        var (taken, _, takenError) = await Run("new", "page", "help/talking-to-your-child");
        var build = await Run("build");

        Assert.Equal((0, "Created content/help/keeping-safe-at-parties.md. Fill in its summary, audience and sources, then run 'sitegen check'."), (page.Code, page.Output.Trim()));
        Assert.StartsWith("---\ntitle: Keeping safe at parties\n", _site.Read("content/help/keeping-safe-at-parties.md"), StringComparison.Ordinal);
        Assert.Equal(0, lesson.Code);
        Assert.Contains("age_band: [14-16]", _site.Read("content/lessons/14-16/saying-no.md"), StringComparison.Ordinal);
        Assert.Equal(0, module.Code);
        Assert.Contains("Created content/training/taxi-drivers/quiz.md", module.Output, StringComparison.Ordinal);
        Assert.True(build.Code == 0, $"the new pages do not build:\n{build.Error}");
        Assert.True(File.Exists(_site.PathOf("output/help/keeping-safe-at-parties/index.html")));
        Assert.Equal((1, "sitegen new: content/help/keeping-safe-at-parties.md already exists; nothing was changed."), (again.Code, again.Error.Trim()));
        Assert.Equal(1, taken);
        Assert.Contains("already exists", takenError, StringComparison.Ordinal);
        Assert.Equal(existing, _site.Read(Page));
    }

    [Fact]
    public async Task An_unknown_verb_exits_two_with_a_hint()
    {
        var (code, output, error) = await Run("publish");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("sitegen: Unrecognized command or argument 'publish'.", error, StringComparison.Ordinal);
        Assert.Contains("Run 'sitegen --help' for the verbs and their options.", error, StringComparison.Ordinal);
    }

    /// <summary>Every file under output/ and a hash of its bytes.</summary>
    private Dictionary<string, string> Snapshot() => Directory.EnumerateFiles(_site.PathOf("output"), "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(_site.Root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>The names in the site's folder.</summary>
    private string[] Entries() => [.. Directory.EnumerateFileSystemEntries(_site.Root).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal)];
}
