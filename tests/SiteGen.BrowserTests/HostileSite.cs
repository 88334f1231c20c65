using System.Text.RegularExpressions;
using SiteGen.Build;

namespace SiteGen.BrowserTests;

/// <summary>
/// A copy of the example site with markup written into front matter, as someone who wanted to
/// turn the site against its readers might: a help page and a training module whose titles
/// and summaries hold a script and an image with a handler, and the site's own words for its
/// quizzes holding the same. Built and served on its own.
/// </summary>
public sealed partial class HostileSite : IAsyncLifetime
{
    /// <summary>A word to search for, then markup that sets window.pwned if it ever runs.</summary>
    public const string Title = "Zebracrossing <script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> & 'quotes'";

    /// <summary>The digits the copy writes numbers in, 0 to 9.</summary>
    public const string Digits = "٠١٢٣٤٥٦٧٨٩";

    private string? _folder;
    private StaticFileServer? _server;

    public StaticFileServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var repository = RepositoryRoot.Find();
        _folder = Directory.CreateTempSubdirectory("sitegen-hostile-").FullName;
        var site = Path.Combine(_folder, "site");
        File.Copy(Path.Combine(repository, "site.yaml"), Path.Combine(site, "site.yaml").EnsureFolder());
        SiteGen.Bench.Corpus.CopyFolder(Path.Combine(repository, "content"), Path.Combine(site, "content"));

        var yaml = "'" + Title.Replace("'", "''", StringComparison.Ordinal) + "'";
        var help = Path.Combine(site, "content/help/is-this-ok.md");
        File.WriteAllText(help, TitleLine().Replace(SummaryLine().Replace(File.ReadAllText(help), $"summary: {yaml}", 1), $"title: {yaml}", 1));
        var module = Path.Combine(site, "content/training/level-1/index.md");
        File.WriteAllText(module, TitleLine().Replace(File.ReadAllText(module), $"title: {yaml}", 1));

        // The site's own words for quizzes and training, as a partnership rewording them would write
        // them, and its own digits (Arabic's), which every number the theme fills in is written in.
        File.WriteAllText(Path.Combine(site, "themes/default/strings/en.yaml").EnsureFolder(), string.Join('\n',
            $"quiz_check_answers: {yaml}",
            $"error_summary_title: {yaml}",
            $"quiz_select_one: '{{question}}: {Title.Replace("'", "''", StringComparison.Ordinal)}'",
            $"quiz_scored: '{Title.Replace("'", "''", StringComparison.Ordinal)} {{score}}/{{total}}'",
            $"training_passed: '{Title.Replace("'", "''", StringComparison.Ordinal)} {{percent}}%'",
            $"certificate_enter_name: {yaml}",
            $"digits: \"{Digits}\"") + "\n");

        var result = await Task.Run(() => SiteBuilder.Build(new BuildOptions
        {
            ConfigPath = Path.Combine(site, "site.yaml"),
            OutputPath = Path.Combine(_folder, "output"),
            BuiltInThemes = Path.Combine(repository, "themes"),
            WriteAnswerKeys = false,
        }));
        Assert.True(result.Succeeded, "The hostile copy of the example site did not build:\n" + string.Join('\n', result.Diagnostics));
        _server = StaticFileServer.Start(Path.Combine(_folder, "output"), "/");
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex("^summary: .*$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();
}

internal static class PathExtensions
{
    /// <summary>Creates the file's folder; returns the path.</summary>
    public static string EnsureFolder(this string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
