namespace SiteGen.Tests.Support;

/// <summary>Paths in this repository, found from the test binary's folder.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding SiteGen.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The repository's themes folder (SiteGen's built-in themes).</summary>
    public static string Themes => Path.Combine(Root, "themes");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
