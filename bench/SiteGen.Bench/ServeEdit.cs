using System.Globalization;

namespace SiteGen.Bench;

/// <summary>A kind of edit an editor saves while <c>sitegen serve</c> runs, made the n-th time to a site folder.</summary>
/// <param name="Name">What the table calls it.</param>
/// <param name="Save">Makes the n-th edit of this kind in the site folder (the save the clock starts from).</param>
internal sealed record ServeEdit(string Name, Action<string, int> Save)
{
    /// <summary>The site-level override of a theme partial that template edits change.</summary>
    public const string TemplateOverride = "themes/default/components/footer/footer.sbn-html";

    /// <summary>A body edit, a title edit that changes navigation, and a template edit, for a corpus of the given size.</summary>
    public static IReadOnlyList<ServeEdit> Kinds(int pages) =>
    [
        new("body: a sentence added to a page", (root, n) =>
            File.AppendAllText(PagePath(root, n, pages), $"\nA sentence saved while serving, edit {n}.\n")),
        new("title: a page's title, so its section's navigation", (root, n) =>
        {
            var path = PagePath(root, n, pages);
            var lines = File.ReadAllLines(path);
            var at = Array.FindIndex(lines, l => l.StartsWith("title: ", StringComparison.Ordinal));
            lines[at] = lines[at].TrimEnd('"') + string.Create(CultureInfo.InvariantCulture, $", edit {n}\"");
            File.WriteAllText(path, string.Join('\n', lines) + "\n");
        }),
        new("template: the site's override of the footer", (root, n) =>
            File.AppendAllText(Path.Combine(root, TemplateOverride), $"<!-- saved while serving, edit {n} -->\n")),
    ];

    /// <summary>Makes the site's override of the footer partial, a copy of the built-in one, before serve starts.</summary>
    public static void AddTemplateOverride(string root)
    {
        var target = Path.Combine(root, TemplateOverride);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(Repository.Root, TemplateOverride), target, overwrite: true);
    }

    private static string PagePath(string root, int n, int pages) =>
        Path.Combine(root, "content", GeneratedPages.PagePath((n * 7 + 3) % pages));
}
