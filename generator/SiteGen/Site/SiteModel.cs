using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Markdown.Glossary;
using SiteGen.Training;

namespace SiteGen.Site;

/// <summary>The assembled site: every page in its section, the generated pages, and the cross-references between them, all resolved.</summary>
public sealed class SiteModel
{
    /// <summary>Creates the model.</summary>
    public SiteModel(SiteConfig config, IReadOnlyList<Page> pages, Section root, IReadOnlyList<ContentFile> files,
        IReadOnlyList<GlossaryTerm> glossary, IReadOnlyList<AudiencePage> audiencePages)
    {
        Config = config;
        Pages = pages;
        Root = root;
        Files = files;
        Glossary = glossary;
        AudiencePages = audiencePages;
        PagesByFile = pages.ToDictionary(p => p.Source.RelativePath, StringComparer.Ordinal);
        Sections = [.. AllSections(root)];
    }

    /// <summary>The site's settings.</summary>
    public SiteConfig Config { get; }

    /// <summary>Every content page, in the order they are listed in the site.</summary>
    public IReadOnlyList<Page> Pages { get; }

    /// <summary>Pages by their path under <c>content/</c>.</summary>
    public IReadOnlyDictionary<string, Page> PagesByFile { get; }

    /// <summary>The root section (the home page's).</summary>
    public Section Root { get; }

    /// <summary>Every section, the root first.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Non-Markdown files published beside the pages (images, documents).</summary>
    public IReadOnlyList<ContentFile> Files { get; }

    /// <summary>The glossary's terms.</summary>
    public IReadOnlyList<GlossaryTerm> Glossary { get; }

    /// <summary>The generated audience pages.</summary>
    public IReadOnlyList<AudiencePage> AudiencePages { get; }

    /// <summary>The training modules, in site order. Set by the assemble stage once sections are known.</summary>
    public IReadOnlyList<TrainingModule> Modules { get; internal set; } = [];

    /// <summary>The module a page belongs to, or null.</summary>
    public TrainingModule? ModuleOf(Page page) => Modules.FirstOrDefault(m => m.Contains(page));

    /// <summary>The section a page's folder makes (for an index) or belongs to.</summary>
    public Section SectionOf(Page page) => Sections.First(s => s.Path == page.SectionPath);

    /// <summary>A special page from site.yaml, by its content path.</summary>
    public Page? PageAt(string? relativePath) => relativePath is not null && PagesByFile.TryGetValue(relativePath, out var page) ? page : null;

    private static IEnumerable<Section> AllSections(Section section) => [section, .. section.Children.SelectMany(AllSections)];
}
