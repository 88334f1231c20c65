using Markdig.Syntax;
using SiteGen.Quizzes;

namespace SiteGen.Content;

/// <summary>A parsed content page: its front matter, its Markdown tree and where it will be published.</summary>
public sealed class Page
{
    /// <summary>Creates a page.</summary>
    public Page(ContentFile source, FrontMatter frontMatter, MarkdownDocument document, string sitePath, string sourceText = "")
    {
        SourceText = sourceText;
        Source = source;
        FrontMatter = frontMatter;
        Document = document;
        SitePath = sitePath;
    }

    /// <summary>The file's text as it was read, front matter and all.</summary>
    public string SourceText { get; private set; }

    /// <summary>The file it came from.</summary>
    public ContentFile Source { get; }

    /// <summary>Its front matter.</summary>
    public FrontMatter FrontMatter { get; private set; }

    /// <summary>The parsed body. The assemble stage rewrites links in it; nothing else changes it.</summary>
    public MarkdownDocument Document { get; private set; }

    /// <summary>The address under the site root without a leading slash: <c>help/is-this-ok/</c>; the home page is empty.</summary>
    public string SitePath { get; }

    /// <summary>The folder under <c>content/</c> it belongs to: <c>help/</c> for both <c>help/index.md</c> and <c>help/x.md</c>.</summary>
    public string SectionPath
    {
        get
        {
            var slash = Source.RelativePath.LastIndexOf('/');
            return slash < 0 ? "" : Source.RelativePath[..(slash + 1)];
        }
    }

    /// <summary>True for a section's own landing page (<c>index.md</c>).</summary>
    public bool IsSectionIndex => Translation?.Original.IsSectionIndex ?? Path.GetFileName(Source.RelativePath) == "index.md";

    /// <summary>Heading and other element ids in the body, for checking links to <c>#anchors</c>.</summary>
    public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>The quizzes on the page, in order.</summary>
    public List<QuizBlock> Quizzes { get; } = [];

    /// <summary>
    /// Lets the parsed body go once a one-shot build has taken what it needs of it (the HTML, the
    /// checks, the search text): at 10,000 pages the trees were most of the memory a build held.
    /// </summary>
    internal void ReleaseTree() => Document = new MarkdownDocument();

    /// <summary>
    /// Lets the file's text go too, once a one-shot build has rendered the page and nothing after
    /// needs it (only a translated page's text is read again, for its translations' fingerprints).
    /// </summary>
    internal void ReleaseSourceText() => SourceText = "";

    /// <summary>
    /// True while a one-shot build has set the parsed body aside, from the parse stage until the
    /// page is rendered: the trees of every page at once were most of the memory a large site's
    /// build held, and parsing a body again costs less than keeping it.
    /// </summary>
    internal bool TreeSetAside { get; private set; }

    /// <summary>Lets the parsed body go until <see cref="TakeTreeBack"/>; what the stages between need of it (anchors, quizzes) is kept.</summary>
    internal void SetTreeAside()
    {
        Document = new MarkdownDocument();
        TreeSetAside = true;
    }

    /// <summary>Takes back the body set aside, parsed again (<see cref="PageParser.ParseAgain"/>).</summary>
    internal void TakeTreeBack(MarkdownDocument document)
    {
        Document = document;
        TreeSetAside = false;
    }

    /// <summary>
    /// Takes the front matter and body of the same file parsed again, when nothing else changed
    /// that would move it in the site: the page object stays, so the sections, neighbours and
    /// modules that refer to it see the new text.
    /// </summary>
    internal void TakeContentOf(Page reparsed)
    {
        FrontMatter = reparsed.FrontMatter;
        Document = reparsed.Document;
        SourceText = reparsed.SourceText;
    }

    /// <summary>The page's title, in its own language.</summary>
    public string Title => Translation?.FrontMatter.Title ?? FrontMatter.Title;

    /// <summary>The page's summary, in its own language.</summary>
    public string Summary => Translation?.FrontMatter.Summary ?? FrontMatter.Summary;

    /// <summary>
    /// For a translation, its language and the page it translates; null for a page in the site's
    /// own language. A translation shares the page's front matter (audience, sources, dates).
    /// </summary>
    public PageTranslation? Translation { get; init; }

    /// <summary>This page's easy-read version, when it has one; set when the site is assembled.</summary>
    public Page? EasyReadVersion { get; internal set; }

    /// <summary>For an easy-read page, the page it is the easy-read version of; set when the site is assembled.</summary>
    public Page? StandardVersion { get; internal set; }

    /// <summary>True for an easy-read page (its front matter names the page it is the easy-read version of).</summary>
    public bool IsEasyRead => FrontMatter.EasyReadOf is not null && Translation is null;

    /// <summary>The language code of a translation, or null for the site's own language.</summary>
    public string? Language => Translation?.Language.Code;

    /// <inheritdoc />
    public override string ToString() => Source.DisplayPath;
}
