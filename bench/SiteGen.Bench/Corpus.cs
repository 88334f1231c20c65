namespace SiteGen.Bench;

/// <summary>
/// One benchmark corpus written from code into a temporary folder, once per tool with the same
/// Markdown: the example site itself (its special pages, glossary, lessons and training modules)
/// plus <see cref="GeneratedPages"/>. SiteGen gets the site as an editor has it; Hugo and
/// Eleventy the same content with layouts doing comparable work.
/// </summary>
internal sealed class Corpus
{
    private Corpus(string folder, int generated, int markdownPages)
    {
        Folder = folder;
        Generated = generated;
        MarkdownPages = markdownPages;
    }

    /// <summary>The corpus's folder: a site folder per tool, and their outputs.</summary>
    public string Folder { get; }

    /// <summary>The generated pages asked for.</summary>
    public int Generated { get; }

    /// <summary>Every Markdown page each tool builds: the example site's, the generated ones and their section pages.</summary>
    public int MarkdownPages { get; }

    /// <summary>SiteGen's site folder (site.yaml, content/, completion-keys/).</summary>
    public string SiteGenRoot => Path.Combine(Folder, "sitegen");

    /// <summary>Hugo's site folder.</summary>
    public string HugoRoot => Path.Combine(Folder, "hugo");

    /// <summary>Eleventy's site folder.</summary>
    public string EleventyRoot => Path.Combine(Folder, "eleventy");

    /// <summary>The folder a tool's build is written to.</summary>
    public string OutputOf(string tool) => Path.Combine(Folder, tool + "-output");

    /// <summary>Writes a corpus of <paramref name="pages"/> generated pages for the given tools, replacing the folder.</summary>
    public static Corpus Write(string folder, int pages, IReadOnlyCollection<string> tools)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var repo = Repository.Root;
        var example = Path.Combine(repo, "content");
        var files = Directory.EnumerateFiles(example, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(example, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .Concat(GeneratedPages.All(pages, ExampleText.Bodies(example)))
            .ToList();
        var corpus = new Corpus(folder, pages, files.Count(f => f.Path.EndsWith(".md", StringComparison.Ordinal)));

        if (tools.Contains("sitegen"))
        {
            WriteContent(corpus.SiteGenRoot, files, hugo: false);
            File.Copy(Path.Combine(repo, "site.yaml"), Path.Combine(corpus.SiteGenRoot, "site.yaml"));
            CopyFolder(Path.Combine(repo, "completion-keys"), Path.Combine(corpus.SiteGenRoot, "completion-keys"));
        }

        if (tools.Contains("hugo"))
        {
            WriteContent(corpus.HugoRoot, files, hugo: true);
            HugoSite.Write(corpus.HugoRoot);
        }

        if (tools.Contains("eleventy"))
        {
            WriteContent(corpus.EleventyRoot, files, hugo: false);
            EleventySite.Write(corpus.EleventyRoot);
        }

        return corpus;
    }

    private static void WriteContent(string root, IEnumerable<(string Path, string Text)> files, bool hugo)
    {
        foreach (var (relative, text) in files)
        {
            // Hugo names a section's own page _index.md; index.md would make it a leaf bundle.
            var name = hugo && Path.GetFileName(relative) == "index.md"
                ? relative[..^"index.md".Length] + "_index.md"
                : relative;
            var path = Path.Combine(root, "content", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    /// <summary>Copies every file under <paramref name="from"/> (if it is there) into <paramref name="to"/>.</summary>
    public static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
