using SiteGen.Content;

namespace SiteGen.Site;

/// <summary>A folder of content: its landing page, its pages in order, and the sections inside it.</summary>
public sealed class Section
{
    /// <summary>Creates a section for a content folder.</summary>
    public Section(string path, Page index, Section? parent)
    {
        Path = path;
        Index = index;
        Parent = parent;
    }

    /// <summary>The folder under <c>content/</c>, with a trailing slash (<c>lessons/11-14/</c>); empty for the root.</summary>
    public string Path { get; }

    /// <summary>The section's <c>index.md</c>.</summary>
    public Page Index { get; }

    /// <summary>The section it is inside, or null for the root.</summary>
    public Section? Parent { get; }

    /// <summary>The section's pages other than its index, by <c>order</c> then title.</summary>
    public List<Page> Pages { get; } = [];

    /// <summary>Sections inside this one, by their index page's <c>order</c> then title.</summary>
    public List<Section> Children { get; } = [];

    /// <summary>The section's title: its index page's.</summary>
    public string Title => Index.Title;

    /// <summary>True when its pages form a sequence with previous and next links.</summary>
    public bool IsSequence => Index.FrontMatter.Sequence;
}
