using System.Text.RegularExpressions;
using SiteGen.Tests.Completions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The command as its packed tool ships (native on linux-x64, where reflection, trimming and
/// code made at run time behave differently) does what the managed command does: each verb, run
/// as its own process on the same input, exits the same, prints the same and writes the same
/// bytes. The other process tests say what that is; these say the shipped command agrees.
/// </summary>
public sealed partial class ShippedCommandTests : IDisposable
{
    private readonly ExampleSiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Build_check_and_the_content_report_of_the_example_site_are_the_same_to_the_byte()
    {
        await Same(_site.Root, "build", "--out", "{out}");
        SameOutput.AssertSameFolders(_site.PathOf("managed"), _site.PathOf("shipped"));

        await Same(_site.Root, "build", "--for-disk", "--out", "{out}");
        await Same(_site.Root, "check", "--strict");
        await Same(_site.Root, "report", "content", "--out", "{out}.md");
        Assert.Equal(_site.Read("managed.md"), _site.Read("shipped.md"));
    }

    [Fact]
    public async Task A_site_with_errors_in_site_yaml_front_matter_quizzes_and_links_gets_the_same_errors()
    {
        // Every YAML model the binder fills, each with a mistake: the binder's lists and
        // dictionaries are made by reflection, which a native build must have kept.
        var yaml = _site.Read("site.yaml");
        _site.Write("site.yaml", new Regex("^title:", RegexOptions.Multiline).Replace(yaml, "titel:", 1));
        const string Page = "content/help/talking-to-your-child.md";
        _site.Write(Page, new Regex("^title: .*$", RegexOptions.Multiline).Replace(_site.Read(Page), "title: [unclosed", 1));
        _site.Write("content/about-cse/index.md", _site.Read("content/about-cse/index.md") + "\n[Read on](no-such-page.md)\n\nCall {{contact:nobody}}.\n");
        const string Quiz = "content/lessons/14-16/consent.md";
        _site.Write(Quiz, _site.Read(Quiz).Replace("\nquestions:\n", "\nquestions:\n  - id: Bad Id\n    kind: pick-one\n", StringComparison.Ordinal));

        var (code, error) = await Same(_site.Root, "build", "--out", "{out}");

        Assert.Equal(1, code);
        Assert.Contains("Unknown key 'titel'", error, StringComparison.Ordinal);
        Assert.Contains("SG0401", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.PathOf("shipped")), "A build with errors wrote output.");
    }

    [Fact]
    public async Task The_completions_report_and_a_scorm_package_are_the_same_to_the_byte()
    {
        using var scenario = new CompletionsScenario();

        await Same(scenario.Root, "completions", "report", scenario.Records, "--roster", scenario.Roster, "--as-of", CompletionsScenario.AsOf,
            "--config", scenario.Config, "--out", "{out}");
        SameOutput.AssertSameFolders(Path.Combine(scenario.Root, "managed"), Path.Combine(scenario.Root, "shipped"));

        await Same(_site.Root, "package", "scorm", "--module", "level-1", "--out", "{out}.zip");
        SameOutput.AssertSameFile(_site.PathOf("managed.zip"), _site.PathOf("shipped.zip"));
    }

    /// <summary>
    /// Runs a verb with the managed command and then the shipped one, in <paramref name="folder"/>,
    /// <c>{out}</c> in an argument standing for <c>managed</c> and <c>shipped</c> in turn, and
    /// asserts the same exit code and output (times aside). Returns the exit code and errors.
    /// </summary>
    private static async Task<(int Code, string Error)> Same(string folder, params string[] args)
    {
        string[] With(string name) => [.. args.Select(a => a.Replace("{out}", name, StringComparison.Ordinal))];
        var managed = await SiteGenProcess.RunAsync(folder, With("managed"));
        var shipped = await SiteGenProcess.RunShippedAsync(folder, With("shipped"));

        var what = $"sitegen {string.Join(' ', args)}";
        Assert.True(managed.Code == shipped.Code, $"{what}: managed exit {managed.Code}, shipped {shipped.Code}.\n{shipped.Output}\n{shipped.Error}");
        Assert.Equal(Printed(managed.Output, "managed"), Printed(shipped.Output, "shipped"));
        Assert.Equal(Printed(managed.Error, "managed"), Printed(shipped.Error, "shipped"));
        return (shipped.Code, shipped.Error);
    }

    // What a run printed, with its folder's name and its times taken out.
    private static string Printed(string text, string name) => Seconds().Replace(text.Replace(name, "{out}", StringComparison.Ordinal), "{time}");

    [GeneratedRegex(@"\d+(\.\d+)?\s?(s|ms)\b")]
    private static partial Regex Seconds();
}
