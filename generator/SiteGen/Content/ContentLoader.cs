using SiteGen.Safety;

namespace SiteGen.Content;

/// <summary>Finds the content of a site: its Markdown files and the other files (images, documents) published beside them.</summary>
public static class ContentLoader
{
    /// <summary>Lists Markdown files and other files under the content folder, in a stable order.</summary>
    /// <remarks>Editor swap files and the like (names starting with '.') are never published, and a symbolic link out of the site is reported and skipped.</remarks>
    public static (IReadOnlyList<ContentFile> Pages, IReadOnlyList<ContentFile> Files) Find(string contentFolder, SiteFolder site)
    {
        var pages = new List<ContentFile>();
        var files = new List<ContentFile>();
        foreach (var full in site.Files(contentFolder))
        {
            var relative = Path.GetRelativePath(contentFolder, full).Replace('\\', '/');
            var file = new ContentFile(relative, full, "content/" + relative);
            (relative.EndsWith(".md", StringComparison.Ordinal) ? pages : files).Add(file);
        }

        return (pages, files);
    }
}
