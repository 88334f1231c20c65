namespace SiteGen.Tests.Support;

/// <summary>
/// A copy of the repository's example site (site.yaml, content/, completion-keys/ and static/ when
/// there is one) in a temporary folder, for running the command in as an editor would, without
/// ever writing into the repository. It has no themes/ folder: the built-in theme beside the
/// command is used, as with the packed tool. Removed on dispose.
/// </summary>
public sealed class ExampleSiteCopy : IDisposable
{
    public ExampleSiteCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "sitegen-example-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Root);
        File.Copy(Path.Combine(RepoPaths.Root, "site.yaml"), Path.Combine(Root, "site.yaml"));
        foreach (var folder in new[] { "content", "completion-keys", "static" })
        {
            var from = Path.Combine(RepoPaths.Root, folder);
            if (Directory.Exists(from))
            {
                Copy(from, Path.Combine(Root, folder));
            }
        }
    }

    public string Root { get; }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public void Write(string relativePath, string text) => File.WriteAllText(PathOf(relativePath), text);

    /// <summary>The page's title from its front matter, as its h1 shows it.</summary>
    public string Title(string relativePath) =>
        Read(relativePath).Split('\n').First(line => line.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..].Trim().Trim('"');

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
