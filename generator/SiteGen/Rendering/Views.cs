using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Theme;

namespace SiteGen.Rendering;

// What templates see. Property names are the theme's contract, in Scriban's snake_case
// ({{ page.section_nav.title }}); every URL in them is already relative to the page. Every
// string is escaped when a template writes it; only TrustedHtml (the rendered Markdown) is not.

/// <summary>Everything a layout is rendered with.</summary>
public sealed record LayoutView(SiteView Site, LinksView Links, AssetsView Assets, MetaView Meta, SearchView Search, PageView Page, HomeView? Home = null,
    AudienceView? Audience = null, IReadOnlyList<GroupView>? Groups = null)
{
    /// <summary>The theme's words in the page's language (<c>{{ t.exit_this_page }}</c>), from its strings files.</summary>
    public IReadOnlyDictionary<string, string> T { get; init; } = new Dictionary<string, string>();
}

/// <summary>The site-wide part of a view.</summary>
public sealed record SiteView(string Title, string Description, string Language, PartnershipView Partnership, QuickExitView QuickExit,
    IReadOnlyList<NavItemView> Nav, HelpView Help, IReadOnlyList<AudienceLinkView> Audiences)
{
    /// <summary>The site's own language (site.yaml's <c>language</c>): the site's name and other words from site.yaml are in it, on a page in another.</summary>
    public string OwnLanguage { get; init; } = "";

    /// <summary>True when the page's words are the theme's own English, which its scripts already have: the page need not carry them.</summary>
    public bool ThemesOwnWords { get; init; }

    /// <summary>The page's writing direction, <c>ltr</c> or <c>rtl</c>, for <c>&lt;html dir&gt;</c>.</summary>
    public string Direction { get; init; } = "ltr";
}

/// <summary>The partnership, with its logo's URL relative to the page.</summary>
public sealed record PartnershipView(string Name, string? Logo, string? Address);

/// <summary>The quick exit's destination.</summary>
public sealed record QuickExitView(string Url);

/// <summary>A link in a list of links, marked when it is the current page.</summary>
public sealed record NavItemView(string Title, string Url, bool Current)
{
    /// <summary>On a translated page, the language of a page that is not translated into it; null otherwise.</summary>
    public string? Hreflang { get; init; }
}

/// <summary>The contacts the help block prints on every page.</summary>
public sealed record HelpView(ContactView Emergency, ContactView Childline, ContactView FrontDoor, ContactView OutOfHours);

/// <summary>A contact as templates print it.</summary>
public sealed record ContactView(string Id, string Name, string? Phone, string? Tel, string? Url, string? Hours, string? Description)
{
    /// <summary>The view of a contact from site.yaml.</summary>
    public static ContactView Of(string id, Contact contact) =>
        new(id, contact.Name, contact.PhoneText, contact.TelHref, contact.Url, contact.Hours, contact.Description);
}

/// <summary>Links the theme puts on every page.</summary>
public sealed record LinksView(string Home, string Help, string CoverYourTracks, string? Glossary, string? About, string Search);

/// <summary>What the search box needs: the files it loads when a visitor starts to search, and how to link results.</summary>
/// <param name="Index">The index and document store script.</param>
/// <param name="Lunr">lunr.js.</param>
/// <param name="Root">The site root relative to the page (<c>../../</c>), to which result paths are added.</param>
/// <param name="ForDisk">Result links end in <c>index.html</c>.</param>
public sealed record SearchView(string Index, string Lunr, string Root, bool ForDisk)
{
    /// <summary>The search script's words in the page's language, as JSON for <c>data-search-words</c>; empty when they are the script's own English.</summary>
    public string Words { get; init; } = "";
}

/// <summary>The bundled assets.</summary>
/// <param name="Css">The stylesheet.</param>
/// <param name="Js">The script bundle every page loads.</param>
/// <param name="Favicon">The icon.</param>
/// <param name="TrainingJs">The training components' scripts, which a module's pages load.</param>
/// <param name="TrainingCss">The training components' styles, which a module's pages load.</param>
/// <param name="QuizJs">The quiz's script, which pages with a quiz load.</param>
/// <param name="CertificateJs">The certificate's scripts, which a module's certificate page loads.</param>
/// <param name="SearchJs">The site search's script, which a search box loads when a reader comes to it.</param>
public sealed record AssetsView(string Css, string Js, string Favicon, string TrainingJs, string TrainingCss, string QuizJs, string CertificateJs, string SearchJs)
{
    /// <summary>The picture beside the link to a page's easy-read version.</summary>
    public string EasyReadPicture { get; init; } = "";
}

/// <summary>The head's metadata.</summary>
public sealed record MetaView(string? Csp, string? Canonical, string? ReloadScript);

/// <summary>The page being rendered.</summary>
/// <param name="Title">The page's title, as text.</param>
/// <param name="Summary">Its summary, as text.</param>
/// <param name="ContentHtml">Its body rendered from Markdown, written as it is; null when it has none.</param>
/// <param name="Layout">The layout it is rendered with.</param>
public sealed record PageView(string Title, string Summary, TrustedHtml? ContentHtml, string Layout)
{
    /// <summary>Ancestors, home first; empty on the home page.</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    /// <summary>The current section's pages, or null outside a section.</summary>
    public SectionNavView? SectionNav { get; init; }

    /// <summary>The previous page in a sequence.</summary>
    public LinkView? Previous { get; init; }

    /// <summary>The next page in a sequence.</summary>
    public LinkView? Next { get; init; }

    /// <summary>On a section's landing page, the pages in the section.</summary>
    public IReadOnlyList<PageLinkView> Children { get; init; } = [];

    /// <summary>Who the page is for.</summary>
    public IReadOnlyList<AudienceLinkView> Audiences { get; init; } = [];

    /// <summary>When last reviewed, as printed ("1 November 2026"), or null.</summary>
    public string? Reviewed { get; init; }

    /// <summary>When next due a review, as printed, or null.</summary>
    public string? ReviewDue { get; init; }

    /// <summary>The sources of the page's facts.</summary>
    public IReadOnlyList<SourceReference> Sources { get; init; } = [];

    /// <summary>The training module the page belongs to, or null.</summary>
    public ModuleView? Module { get; init; }

    /// <summary>True when the page has a quiz, so loads the quiz's script.</summary>
    public bool HasQuiz { get; init; }

    /// <summary>The page's easy-read version, when it has one.</summary>
    public LinkView? EasyRead { get; init; }

    /// <summary>On an easy-read page, the page it makes easier to read.</summary>
    public LinkView? Standard { get; init; }

    /// <summary>The languages the page can be read in, its own first; empty when it has no translation.</summary>
    public IReadOnlyList<LanguageLinkView> Languages { get; init; } = [];
}

/// <summary>A titled link.</summary>
public sealed record LinkView(string Title, string Url)
{
    /// <summary>On a translated page, the language of a page that is not translated into it; null otherwise.</summary>
    public string? Hreflang { get; init; }
}

/// <summary>A page in a list, with its summary.</summary>
public sealed record PageLinkView(string Title, string Url, string Summary)
{
    /// <summary>On a translated page, the language of a page that is not translated into it; null otherwise.</summary>
    public string? Hreflang { get; init; }
}

/// <summary>An audience a page is for.</summary>
public sealed record AudienceLinkView(string Id, string Title, string Url);

/// <summary>A section's navigation.</summary>
public sealed record SectionNavView(string Title, string Url, IReadOnlyList<NavItemView> Items)
{
    /// <summary>On a translated page, the language of the section's page when it is not translated; null otherwise.</summary>
    public string? Hreflang { get; init; }
}

/// <summary>One language a page can be read in, for the language switch: the language's code, its own name, the page in it.</summary>
public sealed record LanguageLinkView(string Code, string Name, string Url, bool Current, string Direction);

/// <summary>The home page's audience choice.</summary>
public sealed record HomeView(IReadOnlyList<AudienceChoiceView> Audiences);

/// <summary>One choice on the home page.</summary>
public sealed record AudienceChoiceView(string Id, string Label, string? Description, string Url, IReadOnlyList<AgeBandChoiceView> AgeBands);

/// <summary>An age band to choose.</summary>
public sealed record AgeBandChoiceView(string Id, string Label, string Url);

/// <summary>The audience an audience page is for.</summary>
public sealed record AudienceView(string Title, string? Description, string? AgeBand, IReadOnlyList<AgeBandChoiceView> AgeBands);

/// <summary>A group of pages on an audience page.</summary>
public sealed record GroupView(string Title, IReadOnlyList<PageLinkView> Pages);

/// <summary>The training module a page belongs to (on its start page, quiz page and certificate page too).</summary>
/// <param name="Id">The module id.</param>
/// <param name="Title">The module's title.</param>
/// <param name="Level">The level id.</param>
/// <param name="LevelName">The level as printed ("Level 1: awareness").</param>
/// <param name="Minutes">The estimated time, in minutes.</param>
/// <param name="Time">The estimated time in words ("About 1 hour 10 minutes").</param>
/// <param name="Questions">How many questions the quiz asks.</param>
/// <param name="Start">Link to the start page.</param>
/// <param name="Certificate">Link to the certificate page.</param>
/// <param name="Quiz">Link to the quiz page.</param>
/// <param name="Data">Link to the module's data script (<c>modules/ID.js</c>).</param>
/// <param name="Pages">The module's pages after the start page, the quiz page last.</param>
public sealed record ModuleView(string Id, string Title, string Level, string LevelName, int Minutes, string Time, int Questions,
    string Start, string Certificate, string Quiz, string Data, IReadOnlyList<ModulePageView> Pages)
{
    /// <summary>True on the start page.</summary>
    public bool IsStart { get; init; }

    /// <summary>True on the certificate page.</summary>
    public bool IsCertificate { get; init; }

    /// <summary>The current page's site path, which progress is kept by; null on the start and certificate pages.</summary>
    public string? PagePath { get; init; }

    /// <summary>The current page's place among <see cref="Pages"/>, from 1; 0 on the start and certificate pages.</summary>
    public int Position { get; init; }

    /// <summary>
    /// What the training and certificate scripts say, as JSON (<c>data-training-words</c>,
    /// <c>data-certificate-words</c>); null when they are the theme's own English, which the scripts have.
    /// </summary>
    public string? Words { get; init; }

    /// <summary>How many pages there are after the start page.</summary>
    public int Count => Pages.Count;
}

/// <summary>A page of a module, as its start page lists it.</summary>
/// <param name="Title">The page's title.</param>
/// <param name="Url">Link to it from the current page.</param>
/// <param name="Path">Its site path, which progress is kept by.</param>
/// <param name="Minutes">Minutes to read it.</param>
/// <param name="IsQuiz">True for the quiz page.</param>
/// <param name="Current">True for the page being rendered.</param>
public sealed record ModulePageView(string Title, string Url, string Path, int Minutes, bool IsQuiz, bool Current);
