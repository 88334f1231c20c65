using System.Globalization;

namespace SiteGen.Bench;

/// <summary>What the harness was asked to measure, read from its command line.</summary>
public sealed record BenchOptions
{
    /// <summary>The usage text printed for <c>--help</c> and after a mistake.</summary>
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/SiteGen.Bench -- [options]
          --pages LIST        corpus sizes, generated pages each (default 1000), e.g. 1000,4000,10000
          --runs N            timed runs of each tool per size, after one warm-up run (default 5)
          --tools LIST        sitegen,hugo,eleventy (default all three; a peer that is not installed is skipped)
          --serve-pages N     corpus size for the serve rebuild timings (default 1000; 0 skips them)
          --serve-edits N     edits of each kind while serving (default 3)
          --search-pages LIST corpus sizes for the search comparison with Pagefind (default: the --pages sizes; 0 skips it)
          --no-install        do not run npm ci in bench/peers when Eleventy or Pagefind is missing (it is then skipped)
          --keep              keep the generated corpora and outputs (their folder is printed)
          --as-built          measure sitegen as dotnet build leaves it (compiled as it runs), not as its packed tool ships,
                              compiled ahead of time (native on linux-x64, ReadyToRun elsewhere), which is the default
        """;

    /// <summary>The generated pages in each corpus, one table per size.</summary>
    public IReadOnlyList<int> Pages { get; init; } = [1000];

    /// <summary>Timed runs per tool and size, after one warm-up run that is not counted.</summary>
    public int Runs { get; init; } = 5;

    /// <summary>The tools to run, by id (<c>sitegen</c>, <c>hugo</c>, <c>eleventy</c>).</summary>
    public IReadOnlyList<string> Tools { get; init; } = ["sitegen", "hugo", "eleventy"];

    /// <summary>The corpus size for the <c>sitegen serve</c> rebuild timings; 0 skips them.</summary>
    public int ServePages { get; init; } = 1000;

    /// <summary>Edits of each kind (body, title, template) while serving.</summary>
    public int ServeEdits { get; init; } = 3;

    /// <summary>
    /// The corpus sizes for the search comparison (SiteGen's search page against Pagefind in
    /// Chromium); null for the <see cref="Pages"/> sizes, empty to skip it.
    /// </summary>
    public IReadOnlyList<int>? SearchPages { get; init; }

    /// <summary>The sizes the search comparison runs at: <see cref="SearchPages"/>, or else <see cref="Pages"/>.</summary>
    public IReadOnlyList<int> SearchSizes => SearchPages ?? Pages;

    /// <summary>False to leave a missing Eleventy or Pagefind uninstalled (skipped) rather than run <c>npm ci</c>.</summary>
    public bool Install { get; init; } = true;

    /// <summary>True to keep the generated corpora and outputs after the run.</summary>
    public bool Keep { get; init; }

    /// <summary>
    /// True (the default) to measure the <c>sitegen</c> command as its packed tool ships it, published
    /// for this machine with its code compiled ahead of time (native on linux-x64, ReadyToRun elsewhere); false (<c>--as-built</c>)
    /// to measure it as <c>dotnet build</c> leaves it, compiled as it runs.
    /// </summary>
    public bool AsShipped { get; init; } = true;

    /// <summary>True when <c>--help</c> was asked for.</summary>
    public bool Help { get; init; }

    /// <summary>Reads the command line; throws <see cref="ArgumentException"/> naming the mistake.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--pages" => options with { Pages = Numbers(name, Value()) },
                "--runs" => options with { Runs = Number(name, Value(), minimum: 1) },
                "--tools" => options with { Tools = ToolIds(Value()) },
                "--serve-pages" => options with { ServePages = Number(name, Value(), minimum: 0) },
                "--serve-edits" => options with { ServeEdits = Number(name, Value(), minimum: 1) },
                "--search-pages" => options with { SearchPages = Value() is "0" ? [] : Numbers(name, args[i]) },
                "--no-install" => options with { Install = false },
                "--keep" => options with { Keep = true },
                "--ready-to-run" => options with { AsShipped = true }, // the default; kept for the command lines that named it
                "--as-built" => options with { AsShipped = false },
                "--help" or "-h" => options with { Help = true },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }

        return options;
    }

    private static List<int> Numbers(string name, string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => Number(name, v, minimum: 1))];

    private static int Number(string name, string value, int minimum) =>
        int.TryParse(value.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum
            ? number
            : throw new ArgumentException($"{name} takes whole numbers of at least {minimum}, not '{value}'.");

    private static List<string> ToolIds(string value)
    {
        var ids = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => v.ToLowerInvariant()).ToList();
        var unknown = ids.Except(["sitegen", "hugo", "eleventy"]).ToList();
        return unknown.Count == 0 && ids.Count > 0
            ? ids
            : throw new ArgumentException($"--tools takes sitegen, hugo and eleventy, not '{string.Join(",", unknown)}'.");
    }
}
