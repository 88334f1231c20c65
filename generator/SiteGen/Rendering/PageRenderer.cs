using System.Globalization;
using Markdig;
using Markdig.Renderers;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Markdown;
using SiteGen.Markdown.Pictures;
using SiteGen.Quizzes;
using SiteGen.Search;
using SiteGen.Site;
using SiteGen.Theme;
using SiteGen.Training;

namespace SiteGen.Rendering;

/// <summary>The render stage: each page's Markdown to HTML, then the theme's layout around it.</summary>
public sealed class PageRenderer
{
    private readonly SiteModel _site;
    private readonly MarkdownPipeline _pipeline;
    private readonly ThemeTemplates _templates;
    private readonly SiteUrls _urls;
    private readonly RenderOptions _options;
    private readonly ThemeStrings _strings;
    private readonly Dictionary<string, MarkdownPipeline> _pipelines;
    private readonly string _searchWords;
    private readonly ThemeWords _words;
    private readonly string? _moduleWords;
    private readonly Dictionary<string, string> _searchWordsIn;

    /// <summary>Creates the stage for one build.</summary>
    public PageRenderer(SiteModel site, MarkdownPipeline pipeline, ThemeTemplates templates, SiteUrls urls, RenderOptions options, ThemeStrings strings)
    {
        _site = site;
        _pipeline = pipeline;
        _templates = templates;
        _urls = urls;
        _options = options;
        _strings = strings;

        // A translation's contacts print in its language: one pipeline for each.
        _pipelines = site.Config.Languages.ToDictionary(l => l.Code, l => ContentPipeline.Create(site.Config, l.Code, new QuizWords(strings.For(l.Code), forScript: true)), StringComparer.Ordinal);
        _searchWords = strings.IsThemesOwnEnglish ? "" : SearchWords(null); // the search script has the theme's English
        _words = new ThemeWords(strings.For(null)); // training modules are in the site's own language
        _moduleWords = strings.IsThemesOwnEnglish ? null : _words.ScriptJson(key =>
            key.StartsWith("training_", StringComparison.Ordinal) || key.StartsWith("certificate_", StringComparison.Ordinal) || key.StartsWith("error_", StringComparison.Ordinal)
            || key.StartsWith("month_", StringComparison.Ordinal) || key is "date_format" or ThemeWords.DigitsKey ? ThemeStrings.CamelCase(key) : null);
        _searchWordsIn = site.Config.Languages.ToDictionary(l => l.Code, l => SearchWords(l.Code), StringComparer.Ordinal);
    }

    private SiteConfig Config => _site.Config;

    private const string NotFoundPath = "404.html";

    /// <summary>
    /// Renders every page of the site (content, audience and certificate pages, the search page
    /// and the 404 page) in parallel, and hands each to <paramref name="then"/> as soon as it is
    /// made, on the same thread, keeping only what that returns: a build writes each page and
    /// keeps what its checks need, not every page's HTML at once. A page whose template fails is
    /// left out; the templates report the failure.
    /// </summary>
    /// <returns>What <paramref name="then"/> returned for each page, in site order.</returns>
    /// <param name="then">What to do with each page made, and keep of it.</param>
    /// <param name="rendered">Called with each content page and translation once it is rendered, on the same thread, before <paramref name="then"/>.</param>
    /// <param name="before">Called with each content page and translation just before it is rendered, on the same thread.</param>
    /// <param name="only">When given, only the pages at the site paths it accepts are rendered.</param>
    public IReadOnlyList<T> RenderAll<T>(Func<RenderedPage, T> then, Action<Page>? rendered = null, Action<Page>? before = null, Func<string, bool>? only = null)
    {
        only ??= _ => true;
        T? Then(RenderedPage? page) => page is null ? default : then(page);
        RenderedPage? Content(Page page)
        {
            before?.Invoke(page);
            var made = RenderContentPage(page);
            rendered?.Invoke(page);
            return made;
        }

        List<T?> pages =
        [
            .. _site.Pages.Concat(_site.Translations).Where(p => only(p.SitePath)).AsParallel().AsOrdered().Select(p => Then(Content(p))),
            .. _site.AudiencePages.Where(p => only(p.SitePath)).AsParallel().AsOrdered().Select(p => Then(RenderAudiencePage(p))),
            .. _site.Modules.Where(m => only(m.CertificatePath)).Select(m => Then(RenderCertificatePage(m))),
            .. new string?[] { null }.Concat(Config.Languages.Where(l => _site.SearchesIn(l.Code)).Select(l => l.Code))
                .Where(language => only(SearchIndexWriter.PagePathFor(language))).Select(language => Then(RenderSearchPage(language))),
            .. only(NotFoundPath) ? [Then(RenderNotFound())] : Array.Empty<T?>(),
        ];
        return [.. pages.OfType<T>()];
    }

    /// <summary>Renders one content page of the site; null when its template fails.</summary>
    public RenderedPage? Render(Page page) => RenderContentPage(page);

    /// <summary>Renders one audience page of the site; null when its template fails.</summary>
    public RenderedPage? Render(AudiencePage page) => RenderAudiencePage(page);

    private RenderedPage? RenderSearchPage(string? language = null)
    {
        var path = SearchIndexWriter.PagePathFor(language);
        var words = _strings.For(language);
        var home = _site.InLanguage(_site.Root.Index, language);
        var view = new PageView(words["search_button"], words["search_label"], null, "search")
        {
            Breadcrumbs = [new LinkView(words["home"], _urls.Link(path, home.SitePath)) { Hreflang = home.Language == language ? null : Untranslated(language) }],
        };
        var html = _templates.Render("search", Layout(path, path, view, language), out var templates);
        return Rendered(path, html, new SourceLocation($"themes/{Config.Theme}/layouts/search.sbn-html"), path, templates);
    }

    // The search script's words (the search_ strings, in camelCase without the prefix), as JSON.
    private string SearchWords(string? language)
    {
        var words = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["english"] = (language ?? Config.Language).StartsWith("en", StringComparison.Ordinal) ? "true" : "false" };
        foreach (var (key, text) in _strings.For(language).Where(w => w.Key.StartsWith("search_", StringComparison.Ordinal)))
        {
            words[ThemeStrings.CamelCase(key["search_".Length..])] = text;
        }

        if (new ThemeWords(_strings.For(language)).OwnDigits is { } digits)
        {
            words[ThemeWords.DigitsKey] = digits;
        }

        return System.Text.Json.JsonSerializer.Serialize(words, Output.JsonValues.Default.SortedDictionaryStringString);
    }

    private static RenderedPage? Rendered(string sitePath, string? html, SourceLocation source, string? linksFrom, IReadOnlySet<string> templates) =>
        html is null ? null : new RenderedPage(sitePath, html, source, linksFrom) { Templates = templates };

    private RenderedPage? RenderContentPage(Page page)
    {
        // A translation sits where its page does in the site: the same section, neighbours and
        // lists, each shown in the translation's language where it is translated.
        var from = page.SitePath;
        var language = page.Language;
        var original = page.Translation?.Original ?? page;
        var section = _site.SectionOf(original);
        var layout = page.FrontMatter.Layout ?? "page";
        var view = new PageView(page.Title, page.Summary, ToHtml(page), layout)
        {
            Breadcrumbs = Breadcrumbs(original, section, from, language),
            SectionNav = SectionNav(original, section, from, language),
            Children = original.IsSectionIndex && section.Path.Length > 0
                ? [.. section.Pages.Select(p => PageLink(from, p, language)), .. section.Children.Select(s => PageLink(from, s.Index, language))]
                : [],
            Audiences = language is not null ? [] : [.. page.FrontMatter.Audience.Select(id => Config.Audiences.FirstOrDefault(a => a.Id == id))
                .OfType<Audience>().Select(a => new AudienceLinkView(a.Id, a.Title, _urls.Link(from, $"for/{a.Id}/")))],
            Reviewed = Date(page.FrontMatter.Reviewed, language),
            ReviewDue = Date(page.FrontMatter.ReviewDue, language),
            Sources = page.FrontMatter.Sources,
            Previous = Neighbour(original, section, -1) is { } previous ? Link(from, previous, language) : null,
            Next = Neighbour(original, section, +1) is { } next ? Link(from, next, language) : null,
            Module = _site.ModuleOf(page) is { } module ? ModuleView(from, module, page) : null,
            HasQuiz = page.Quizzes.Count > 0,
            Languages = Languages(from, original, language),
            EasyRead = original.EasyReadVersion is { } easy ? Link(from, easy, language) : null,
            Standard = original.StandardVersion is { } standard ? Link(from, standard, language) : null,
        };

        var home = layout == "home" ? new HomeView([.. Config.Audiences.Select(a => AudienceChoice(from, a))]) : null;
        var html = _templates.Render(layout, Layout(from, page.SitePath, view, language) with { Home = home }, out var templates);
        return Rendered(page.SitePath, html, new SourceLocation(page.Source.DisplayPath), from, templates);
    }

    private RenderedPage? RenderAudiencePage(AudiencePage audiencePage)
    {
        var from = audiencePage.SitePath;
        var audience = audiencePage.Audience;
        List<LinkView> breadcrumbs = [new("Home", _urls.Link(from, ""))];
        if (audiencePage.AgeBand is not null)
        {
            breadcrumbs.Add(new LinkView(audience.Title, _urls.Link(from, $"for/{audience.Id}/")));
        }

        var view = new PageView(audiencePage.Title, audience.Description ?? audiencePage.Title, null, "audience") { Breadcrumbs = breadcrumbs };
        var bands = audience.ByAgeBand && audiencePage.AgeBand is null ? AudienceChoice(from, audience).AgeBands : [];
        var layout = Layout(from, from, view) with
        {
            Audience = new AudienceView(audiencePage.Title, audience.Description, audiencePage.AgeBand?.Label, bands),
            Groups = [.. audiencePage.Groups.Select(g => new GroupView(g.Title, [.. g.Pages.Select(p => PageLink(from, p))]))],
        };
        var html = _templates.Render("audience", layout, out var templates);
        return Rendered(from, html, new SourceLocation($"themes/{Config.Theme}/layouts/audience.sbn-html"), from, templates);
    }

    // Made in the browser from the learner's own result: the page is the same for everyone.
    private RenderedPage? RenderCertificatePage(TrainingModule module)
    {
        var from = module.CertificatePath;
        var view = new PageView(_words.Say("certificate_page_title", ("module", module.Title)), _words.Say("certificate_page_summary", ("module", module.Title)), null, "certificate")
        {
            Breadcrumbs = [.. Breadcrumbs(module.Start, _site.SectionOf(module.Start), from), Link(from, module.Start)],
            Module = ModuleView(from, module, null) with { IsCertificate = true },
        };
        var source = new SourceLocation($"themes/{Config.Theme}/layouts/certificate.sbn-html");
        var html = _templates.Render("certificate", Layout(from, from, view), out var templates);
        return Rendered(from, html, source, from, templates);
    }

    private ModuleView ModuleView(string from, TrainingModule module, Page? page)
    {
        var pages = module.Pages.Select(p => new ModulePageView(p.Page.Title, _urls.Link(from, p.Page.SitePath), p.Page.SitePath, p.Minutes, p.HasQuiz, p.Page == page)).ToList();
        var position = pages.FindIndex(p => p.Current) + 1;
        var quizPage = module.Pages[^1].Page;
        return new ModuleView(module.Id, module.Title, module.Level.Id, module.Level.Name, module.Minutes, Duration(module.Minutes),
            module.Quiz.Definition.Draw ?? module.Quiz.Definition.Questions.Sum(q => q.Answerable.Count()),
            _urls.Link(from, module.Start.SitePath), _urls.Link(from, module.CertificatePath), _urls.Link(from, quizPage.SitePath),
            _urls.Link(from, module.DataScriptPath), pages)
        {
            IsStart = page == module.Start,
            Words = _moduleWords,
            PagePath = position > 0 ? page!.SitePath : null,
            Position = position,
        };
    }

    private string Duration(int minutes) => minutes switch
    {
        < 60 => _words.Say("training_duration_minutes", ("minutes", minutes)),
        _ when minutes % 60 == 0 => _words.Count("training_duration_hours", minutes / 60),
        _ => _words.Count("training_duration_hours_minutes", minutes / 60, ("minutes", minutes % 60)),
    };

    private RenderedPage? RenderNotFound()
    {
        // Served for any missing address at any depth, so its links start from the base path.
        var view = new PageView("Page not found", "The page you were looking for is not here.", null, "404");
        var layout = Layout(null, null, view);
        var html = _templates.Render("404", layout, out var templates);
        return Rendered(NotFoundPath, html, new SourceLocation($"themes/{Config.Theme}/layouts/404.sbn-html"), null, templates);
    }

    private LayoutView Layout(string? from, string? selfPath, PageView page, string? language = null)
    {
        var contacts = Config.Contacts;
        ContactView Contact(string id) => ContactView.Of(id, contacts[id].In(language));
        Page InLanguage(Page p) => _site.InLanguage(p, language);
        var direction = language is null ? Config.LanguageDirection : Config.Languages.FirstOrDefault(l => l.Code == language)?.Direction ?? SiteLanguage.LeftToRight;
        var site = new SiteView(
            Config.Title,
            Config.Description,
            language ?? Config.Language,
            new PartnershipView(Config.Partnership.Name, Config.Partnership.Logo is null ? null : _urls.Link(from, Config.Partnership.Logo), Config.Partnership.Address),
            new QuickExitView(Config.QuickExit.Url),
            [.. Config.Navigation.Select(n => _site.PageAt(n.Page)).OfType<Page>().Zip(Config.Navigation).Select(x => InLanguage(x.First) is var shown && shown != x.First
                ? new NavItemView(shown.Title, _urls.Link(from, shown.SitePath), shown.SitePath == selfPath)
                : new NavItemView(x.Second.Title, _urls.Link(from, x.First.SitePath), x.First.SitePath == selfPath) { Hreflang = Untranslated(language) })],
            new HelpView(Contact("emergency"), Contact("childline"), Contact("front_door"), Contact("out_of_hours")),
            [.. Config.Audiences.Select(a => new AudienceLinkView(a.Id, a.Title, _urls.Link(from, $"for/{a.Id}/")))])
        {
            Direction = direction,
            OwnLanguage = Config.Language,
            ThemesOwnWords = language is null && _strings.IsThemesOwnEnglish,
        };
        // A reader of another language searches its pages, when it has any to search.
        var searchLanguage = language is not null && _site.SearchesIn(language) ? language : null;
        var links = new LinksView(
            _urls.Link(from, ""),
            _urls.Link(from, InLanguage(_site.PageAt(Config.Pages.Help)!).SitePath),
            _urls.Link(from, InLanguage(_site.PageAt(Config.Pages.CoverYourTracks)!).SitePath),
            _site.PageAt(Config.Pages.Glossary) is { } glossary ? _urls.Link(from, InLanguage(glossary).SitePath) : null,
            _site.PageAt(Config.Pages.About) is { } about ? _urls.Link(from, InLanguage(about).SitePath) : null,
            _urls.Link(from, SearchIndexWriter.PagePathFor(searchLanguage)));
        var assets = new AssetsView(_urls.Link(from, ThemeAssets.StylesheetPath), _urls.Link(from, ThemeAssets.ScriptPath), _urls.Link(from, ThemeAssets.FaviconPath),
            _urls.Link(from, ThemeAssets.TrainingScriptPath), _urls.Link(from, ThemeAssets.TrainingStylesheetPath), _urls.Link(from, ThemeAssets.QuizScriptPath),
            _urls.Link(from, ThemeAssets.CertificateScriptPath), _urls.Link(from, ThemeAssets.SearchScriptPath))
        {
            EasyReadPicture = _urls.Link(from, PictureRow.SitePath("easy-read")),
        };
        var canonical = _options.ForDisk || selfPath is null ? null : Config.Url.TrimEnd('/') + Config.BasePath + selfPath;
        var reload = _options.ReloadScriptPath is null ? null : _urls.Link(from, _options.ReloadScriptPath);
        var meta = new MetaView(_options.ContentSecurityPolicy, canonical, reload);
        var root = _urls.Link(from, "");
        var search = new SearchView(_urls.Link(from, SearchIndexWriter.EntryScriptPathFor(searchLanguage)), _urls.Link(from, ThemeAssets.LunrPath),
            _options.ForDisk ? root[..^"index.html".Length] : root, _options.ForDisk)
        {
            Words = language is null ? _searchWords : _searchWordsIn[language],
        };
        return new LayoutView(site, links, assets, meta, search, page) { T = _strings.For(language) };
    }

    private TrustedHtml? ToHtml(Page page)
    {
        // Markdig lends a renderer from the pipeline's pool rather than setting one up per page.
        var html = page.Document.ToHtml(page.Language is { } language ? _pipelines[language] : _pipeline);
        return html.Length == 0 ? null : new TrustedHtml(html);
    }

    private List<LinkView> Breadcrumbs(Page page, Section section, string? from = null, string? language = null)
    {
        from ??= page.SitePath;
        var trail = new List<Page>();
        for (var s = section; s is not null; s = s.Parent)
        {
            trail.Insert(0, s.Index);
        }

        trail.Remove(page);
        return [.. trail.Select(p => p.SitePath.Length == 0 && _site.InLanguage(p, language) == p
            ? new LinkView(_strings.For(language)["home"], _urls.Link(from, "")) { Hreflang = Untranslated(language) }
            : Link(from, p, language))];
    }

    private SectionNavView? SectionNav(Page page, Section section, string from, string? language)
    {
        if (section.Path.Length == 0)
        {
            return null; // the home page and top-level pages belong to no section
        }

        var items = section.Pages.Concat(section.Children.Select(c => c.Index)).Select(p =>
        {
            var link = Link(from, p, language);
            return new NavItemView(link.Title, link.Url, p == page) { Hreflang = link.Hreflang };
        });
        var index = Link(from, section.Index, language);
        var translated = language is not null && index.Hreflang is null;
        return new SectionNavView(translated ? index.Title : section.Title, index.Url, [.. items]) { Hreflang = index.Hreflang };
    }

    /// <summary>The page in the site's own language and each of its translations, for the language switch; none when it has no translation.</summary>
    private List<LanguageLinkView> Languages(string from, Page original, string? language)
    {
        var translations = _site.TranslationsOf(original).ToList();
        if (translations.Count == 0)
        {
            return [];
        }

        return
        [
            new LanguageLinkView(Config.Language, Config.LanguageName, _urls.Link(from, original.SitePath), language is null, Config.LanguageDirection),
            .. translations.Select(t => new LanguageLinkView(t.Language!, t.Translation!.Language.Name, _urls.Link(from, t.SitePath), t.Language == language, t.Translation.Language.Direction)),
        ];
    }

    /// <summary>On a page in another language, the hreflang of a link to a page with no translation in it: the site's own language.</summary>
    private string? Untranslated(string? language) => language is null ? null : Config.Language;

    private static Page? Neighbour(Page page, Section section, int step)
    {
        if (!section.IsSequence)
        {
            return null;
        }

        // The landing page leads into the sequence; the first page leads back to it.
        List<Page> sequence = [section.Index, .. section.Pages];
        var index = sequence.IndexOf(page) + step;
        return index >= 0 && index < sequence.Count ? sequence[index] : null;
    }

    private AudienceChoiceView AudienceChoice(string? from, Audience audience) =>
        new(audience.Id, audience.Label, audience.Description, _urls.Link(from, $"for/{audience.Id}/"),
            audience.ByAgeBand ? [.. Config.AgeBands.Select(b => new AgeBandChoiceView(b.Id, b.Label, _urls.Link(from, $"for/{audience.Id}/{b.Id}/")))] : []);

    private LinkView Link(string from, Page to, string? language = null) => _site.InLanguage(to, language) is var shown && shown != to
        ? new LinkView(shown.Title, _urls.Link(from, shown.SitePath))
        : new LinkView(to.Title, _urls.Link(from, to.SitePath)) { Hreflang = Untranslated(language) };

    private PageLinkView PageLink(string from, Page to, string? language = null) => _site.InLanguage(to, language) is var shown && shown != to
        ? new PageLinkView(shown.Title, _urls.Link(from, shown.SitePath), shown.Summary)
        : new PageLinkView(to.Title, _urls.Link(from, to.SitePath), to.Summary) { Hreflang = Untranslated(language) };

    // Invariant globalisation has no month names but English's: each language's come from the theme's words.
    private string? Date(DateOnly? date, string? language)
    {
        if (date is not { } day)
        {
            return null;
        }

        var words = _strings.For(language);
        return new ThemeWords(words).Say("date_format", ("day", day.Day), ("month", words[$"month_{day.Month}"]), ("year", day.Year));
    }
}

/// <summary>How pages are rendered for this build.</summary>
/// <param name="ForDisk">Links to <c>index.html</c>; no canonical links.</param>
/// <param name="ContentSecurityPolicy">The CSP each page declares, or null.</param>
/// <param name="ReloadScriptPath">Site path of the dev server's reload script, or null outside <c>sitegen serve</c>.</param>
public sealed record RenderOptions(bool ForDisk, string? ContentSecurityPolicy, string? ReloadScriptPath);
