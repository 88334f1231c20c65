using System.Text.RegularExpressions;

namespace SiteGen.Bench;

/// <summary>
/// The example site's pages as text for generated pages: each page's title and body, made to stand
/// alone (its quizzes removed and its links to other example pages made plain text, since a
/// generated page sits somewhere else). They keep their headings, lists, tables, callouts,
/// contact placeholders and the glossary's terms, so the corpus reads like the real site.
/// </summary>
internal static partial class ExampleText
{
    /// <summary>Each usable example page's title and body, in a fixed order.</summary>
    public static IReadOnlyList<(string Title, string Body)> Bodies(string content)
    {
        var result = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
            var frontMatter = text[..end];
            if (frontMatter.Contains("\nallow_phrases:", StringComparison.Ordinal) || frontMatter.Contains("\nlayout:", StringComparison.Ordinal))
            {
                continue; // a page that teaches why some words are wrong may use them only with its own front matter; the home page and glossary have layouts of their own
            }

            var title = TitleLine().Match(frontMatter).Groups[1].Value.Trim('"', '\'');
            var body = text[(end + 4)..];
            body = QuizFence().Replace(body, "");
            body = RelativeLink().Replace(body, "$1");
            result.Add((title, body.Trim() + "\n"));
        }

        return result;
    }

    [GeneratedRegex(@"^title:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"```quiz\n.*?\n```\n?", RegexOptions.Singleline)]
    private static partial Regex QuizFence();

    [GeneratedRegex(@"\[([^\]]+)\]\((?![a-z]+:)[^)]*\)")]
    private static partial Regex RelativeLink();
}
