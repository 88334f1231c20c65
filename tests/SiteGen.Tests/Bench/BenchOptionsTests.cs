using SiteGen.Bench;

namespace SiteGen.Tests.Bench;

/// <summary>The harness's command line, for the options that choose what is measured.</summary>
public sealed class BenchOptionsTests
{
    [Fact]
    public void The_search_comparison_runs_at_the_pages_sizes_unless_told_otherwise()
    {
        var options = BenchOptions.Parse(["--pages", "1000,4000"]);

        Assert.Equal([1000, 4000], options.SearchSizes);
    }

    [Fact]
    public void Search_pages_names_its_own_sizes_and_zero_skips_the_comparison()
    {
        Assert.Equal([500, 2000], BenchOptions.Parse(["--pages", "1000", "--search-pages", "500,2000"]).SearchSizes);
        Assert.Empty(BenchOptions.Parse(["--pages", "1000", "--search-pages", "0"]).SearchSizes);
    }

    [Fact]
    public void Search_pages_refuses_what_is_not_a_size()
    {
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--search-pages", "many"]));
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--search-pages", "0,1000"]));
    }

    [Fact]
    public void Sitegen_is_measured_as_its_tool_ships_compiled_ahead_of_time_unless_as_built_is_asked_for()
    {
        Assert.True(BenchOptions.Parse(["--pages", "1000"]).AsShipped);
        Assert.True(BenchOptions.Parse(["--pages", "1000", "--ready-to-run"]).AsShipped);
        Assert.False(BenchOptions.Parse(["--pages", "1000", "--as-built"]).AsShipped);
    }
}
