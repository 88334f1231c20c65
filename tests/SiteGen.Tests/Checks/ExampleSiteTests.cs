using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Checks;

/// <summary>The shipped example site against every check, as an editor would run them before publishing.</summary>
public sealed class ExampleSiteTests : IDisposable
{
    // Fixed, so the example's review dates (due 2027-11-01) never make this test depend on the day it runs.
    private static readonly DateOnly Today = new(2026, 11, 21);

    private readonly string _copy = Path.Combine(Path.GetTempPath(), "sitegen-example-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }

    [Fact]
    public void The_normal_check_lists_only_the_placeholder_numbers_and_the_translations_awaiting_a_native_speaker()
    {
        var result = Check(Path.Combine(RepoPaths.Root, "site.yaml"), strict: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Errors);
        var translations = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "content"), "*.??.md", SearchOption.AllDirectories).Count();
        Assert.Equal(6, translations);
        Assert.Equal(
            [DiagnosticCodes.PlaceholderContact, DiagnosticCodes.PlaceholderContact, .. Enumerable.Repeat(DiagnosticCodes.TranslationUnreviewed, translations)],
            result.Warnings.Select(w => w.Code).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void With_real_looking_numbers_and_translations_checked_a_strict_check_finds_nothing_at_all()
    {
        // A test copy of the site, its example numbers replaced as a partnership would replace them,
        // and its translations marked as checked, as it would mark them once native speakers had.
        Directory.CreateDirectory(_copy);
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Root, "site.yaml"))
            .Replace("01632 960000", "0300 555 0101", StringComparison.Ordinal)
            .Replace("01632 960001", "0300 555 0102", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_copy, "site.yaml"), yaml);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "content"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy, "content", Path.GetRelativePath(Path.Combine(RepoPaths.Root, "content"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, File.ReadAllText(file).Replace("native_review: pending", "native_review: done", StringComparison.Ordinal));
        }

        var result = Check(Path.Combine(_copy, "site.yaml"), strict: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    private static BuildResult Check(string config, bool strict) => SiteBuilder.Build(new BuildOptions
    {
        ConfigPath = config,
        Strict = strict,
        WriteOutput = false,
        BuiltInThemes = RepoPaths.Themes,
        Today = Today,
    });
}
