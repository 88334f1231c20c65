namespace SiteGen.Bench;

/// <summary>A static site generator the harness times: how to run it on a corpus, or why it cannot run here.</summary>
internal abstract class BuildTool
{
    /// <summary>Its id on the command line (<c>--tools</c>).</summary>
    public abstract string Id { get; }

    /// <summary>Its name and version, as the tables show it.</summary>
    public abstract string Name { get; }

    /// <summary>Null when it can run; else why not, and how to fix that.</summary>
    public abstract string? Missing { get; }

    /// <summary>The command that builds the corpus's copy of the site for this tool into <paramref name="output"/>.</summary>
    public abstract ToolCommand Build(Corpus corpus, string output);

    /// <summary>The built page every tool writes for the corpus's first generated page, to check a build did the work.</summary>
    public static string FirstGeneratedPage => Path.Combine(Path.ChangeExtension(GeneratedPages.PagePath(0), null), "index.html");

    /// <summary>The tools asked for, in the order given.</summary>
    public static IReadOnlyList<BuildTool> For(BenchOptions options, TextWriter log) =>
        [.. options.Tools.Select<string, BuildTool>(id => id switch
        {
            "sitegen" => new SiteGenTool(),
            "hugo" => new HugoTool(),
            _ => new EleventyTool(options.Install, log),
        })];

    /// <summary>A program's full path when it is on PATH, else null.</summary>
    protected static string? OnPath(string program) => FindOnPath(program);

    /// <summary>A program's full path when it is on PATH, else null.</summary>
    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
