using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

public sealed class AtomicOutputTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        _site.BuildOk();
        var before = Snapshot();
        _site.Write("content/help/index.md", TestSite.Page("Get help changed", "parents") + "[broken](nowhere.md)\n");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(before, Snapshot());
        Assert.Empty(Directory.GetDirectories(_site.Root, ".output.*"));
    }

    [Fact]
    public void A_successful_build_replaces_the_whole_output_folder()
    {
        _site.BuildOk();
        File.WriteAllText(Path.Combine(_site.Output, "stale.html"), "left over from an old build");
        _site.Write("content/help/index.md", TestSite.Page("Get help now", "parents") + "New text.\n");

        _site.BuildOk();

        Assert.False(File.Exists(Path.Combine(_site.Output, "stale.html")));
        Assert.Contains("New text.", _site.OutputText("help/index.html"), StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_site.Root, ".output.*"));
    }

    [Fact]
    public void Check_validates_without_writing_anything()
    {
        var result = _site.Build(write: false);

        Assert.True(result.Succeeded);
        Assert.True(result.PageCount > 0);
        Assert.False(Directory.Exists(_site.Output));
    }

    private SortedDictionary<string, string> Snapshot() =>
        new(Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.Output, f), File.ReadAllText), StringComparer.Ordinal);
}
