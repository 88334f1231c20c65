using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
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

    /// <summary>The translations of pages, in the order of their pages and then of the languages in site.yaml.</summary>
    public IReadOnlyList<Page> Translations
    {
        get => _translations;
        init
        {
            _translations = value;
            _translationsOf = value.ToLookup(t => t.Translation!.Original);
            _searchedLanguages = value.Where(t => t.FrontMatter.Search).Select(t => t.Language!).ToHashSet(StringComparer.Ordinal);
        }
    }

    private readonly IReadOnlyList<Page> _translations = [];
    private readonly ILookup<Page, Page> _translationsOf = Array.Empty<Page>().ToLookup(p => p);
    private readonly HashSet<string> _searchedLanguages = [];

    /// <summary>True when the site has pages in <paramref name="language"/> to search: it then has a search index and page of its own.</summary>
    public bool SearchesIn(string language) => _searchedLanguages.Contains(language);

    /// <summary>A page's translations, in the order of the languages in site.yaml.</summary>
    public IEnumerable<Page> TranslationsOf(Page original) => _translationsOf[original];

    /// <summary>A page as a reader of <paramref name="language"/> sees it: its translation, or the page itself when it has none (or the language is the site's own).</summary>
    public Page InLanguage(Page page, string? language) =>
        language is null ? page : _translationsOf[page].FirstOrDefault(t => t.Language == language) ?? page;

    /// <summary>The training modules, in site order. Set by the assemble stage once sections are known.</summary>
    public IReadOnlyList<TrainingModule> Modules { get; internal set; } = [];

    /// <summary>
    /// Resolves the links and glossary terms of a page whose tree was set aside when the site was
    /// assembled (<see cref="Page.TreeSetAside"/>), once it is parsed again, reporting what it has
    /// wrong as assembling it would have.
    /// </summary>
    internal Action<Page, DiagnosticBag> LinkSetAside { get; set; } = (_, _) => { };

    /// <summary>The module a page belongs to, or null.</summary>
    public TrainingModule? ModuleOf(Page page) => Modules.FirstOrDefault(m => m.Contains(page));

    /// <summary>The section a page's folder makes (for an index) or belongs to.</summary>
    public Section SectionOf(Page page) => Sections.First(s => s.Path == page.SectionPath);

    /// <summary>A special page from site.yaml, by its content path.</summary>
    public Page? PageAt(string? relativePath) => relativePath is not null && PagesByFile.TryGetValue(relativePath, out var page) ? page : null;

    private static IEnumerable<Section> AllSections(Section section) => [section, .. section.Children.SelectMany(AllSections)];
}
