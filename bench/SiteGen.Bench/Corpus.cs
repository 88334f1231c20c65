using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Bench;

/// <summary>
/// A benchmark corpus made from the example site's own pages: their text repeated to any
/// number of pages, written once as a SiteGen site and once as a Hugo site with the same Markdown.
/// </summary>
internal static partial class Corpus
{
    public static (string SiteGenRoot, string HugoRoot) Write(string repoRoot, string folder, int pages)
    {
        var bodies = Bodies(Path.Combine(repoRoot, "content"));
        var siteGen = Path.Combine(folder, "sitegen");
        var hugo = Path.Combine(folder, "hugo");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        // SiteGen: the example site as it is (its special pages and glossary), plus the generated pages.
        CopyFolder(Path.Combine(repoRoot, "content"), Path.Combine(siteGen, "content"));
        File.Copy(Path.Combine(repoRoot, "site.yaml"), Path.Combine(siteGen, "site.yaml"));
        CopyFolder(Path.Combine(repoRoot, "content"), Path.Combine(hugo, "content"));
        File.WriteAllText(Path.Combine(hugo, "hugo.toml"), "baseURL = 'https://cse.example.org/'\ntitle = 'Bench'\ndisableKinds = ['taxonomy', 'term', 'RSS']\n");
        HugoLayouts.Write(hugo);

        const int sections = 20;
        Write(siteGen, hugo, "bench/index.md", FrontMatter("Benchmark pages", 0), "Generated pages for the benchmark.\n");
        for (var s = 0; s < sections; s++)
        {
            Write(siteGen, hugo, $"bench/s{s:00}/index.md", FrontMatter($"Section {s}", s), "A section of generated pages.\n");
        }

        for (var i = 0; i < pages; i++)
        {
            var (title, body) = bodies[i % bodies.Count];
            Write(siteGen, hugo, $"bench/s{i % sections:00}/p{i:0000}.md", FrontMatter($"{title} ({i})", i), body);
        }

        // Hugo names a section's own page _index.md; index.md would make a leaf bundle.
        foreach (var index in Directory.EnumerateFiles(Path.Combine(hugo, "content"), "index.md", SearchOption.AllDirectories).ToList())
        {
            File.Move(index, Path.Combine(Path.GetDirectoryName(index)!, "_index.md"));
        }

        return (siteGen, hugo);
    }

    private static void Write(string siteGen, string hugo, string relative, string frontMatter, string body)
    {
        foreach (var root in new[] { siteGen, hugo })
        {
            var path = Path.Combine(root, "content", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, frontMatter + body);
        }
    }

    private static string FrontMatter(string title, int order) => string.Create(CultureInfo.InvariantCulture,
        $"---\ntitle: \"{title.Replace("\"", "'", StringComparison.Ordinal)}\"\nsummary: A page of the benchmark corpus.\naudience: [professionals]\norder: {order}\nreviewed: 2026-11-01\nreview_due: 2027-11-01\n---\n\n");

    /// <summary>Each example page's title and body, made to stand alone: no quizzes, links as plain text.</summary>
    private static List<(string Title, string Body)> Bodies(string content)
    {
        var result = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
            if (text[..end].Contains("\nallow_phrases:", StringComparison.Ordinal))
            {
                continue; // a page that teaches why some words are wrong may use them only with its own front matter
            }

            var title = TitleLine().Match(text).Groups[1].Value.Trim('"', '\'');
            var body = text[(end + 4)..];
            body = QuizFence().Replace(body, "");
            body = RelativeLink().Replace(body, "$1");
            result.Add((title, body));
        }

        return result;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^title:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"```quiz\n.*?\n```\n?", RegexOptions.Singleline)]
    private static partial Regex QuizFence();

    [GeneratedRegex(@"\[([^\]]+)\]\((?![a-z]+:)[^)]*\)")]
    private static partial Regex RelativeLink();
}
