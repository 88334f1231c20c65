namespace SiteGen.Content;

/// <summary>Finds the content of a site: its Markdown files and the other files (images, documents) published beside them.</summary>
public static class ContentLoader
{
    /// <summary>Lists Markdown files and other files under the content folder, in a stable order.</summary>
    public static (IReadOnlyList<ContentFile> Pages, IReadOnlyList<ContentFile> Files) Find(string contentFolder)
    {
        if (!Directory.Exists(contentFolder))
        {
            return ([], []);
        }

        var pages = new List<ContentFile>();
        var files = new List<ContentFile>();
        foreach (var full in Directory.EnumerateFiles(contentFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(contentFolder, full).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue; // editor swap files and the like are never published
            }

            var file = new ContentFile(relative, full, "content/" + relative);
            (relative.EndsWith(".md", StringComparison.Ordinal) ? pages : files).Add(file);
        }

        return (pages, files);
    }
}
