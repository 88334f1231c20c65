using System.Diagnostics.CodeAnalysis;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Theme;

/// <summary>
/// The theme's Scriban templates, each parsed once per build. <c>layouts/base.sbn-html</c> is
/// the HTML shell every page shares; each other layout renders a page's main content, which
/// base writes where it says <c>{{ main }}</c> (Hugo's "baseof"). Partials come from
/// <c>partials/</c> and from each component folder (<c>components/exit-this-page/exit-this-page.sbn-html</c>
/// is the partial <c>exit-this-page</c>), so a component's template, styles and script stay together.
/// </summary>
/// <remarks>
/// Rendering is safe in parallel: parsed templates are immutable, and each render has its own
/// context. Every value is HTML-escaped unless the view marks it <see cref="TrustedHtml"/>.
/// </remarks>
public sealed class ThemeTemplates
{
    /// <summary>The file extension of a template.</summary>
    public const string Extension = ".sbn-html";

    /// <summary>The layout every other layout is wrapped in.</summary>
    public const string BaseLayout = "base";

    private static readonly string[] RequiredLayouts = [BaseLayout, "page", "home", "audience", "search", "404", "certificate"];

    private readonly Dictionary<string, Template> _layouts;
    private readonly IncludeFunction _include;
    private readonly ScriptObject _builtins = TemplateContext.GetDefaultBuiltinObject();
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly ThreadLocal<HtmlTemplateContext> _contexts;

    // Scriban reads the view models and TemplateWords by reflection. SiteGen's own assembly is
    // never trimmed (the native build trims only libraries marked trimmable), so they keep every member.
    private const string ViewsAreKept = "SiteGen's assembly is not trimmed: the view models and TemplateWords keep every member Scriban reads.";

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = ViewsAreKept)]
    private ThemeTemplates(Dictionary<string, Template> layouts, Dictionary<string, Template> partials, DiagnosticBag diagnostics)
    {
        _layouts = layouts;
        _include = new IncludeFunction(partials);
        _builtins.Import(typeof(TemplateWords)); // with_link, fill
        _diagnostics = diagnostics;
        _contexts = new ThreadLocal<HtmlTemplateContext>(() => new HtmlTemplateContext(_builtins));
    }

    /// <summary>The layouts a page may name in its front matter (every layout but base).</summary>
    public IReadOnlySet<string> LayoutNames => _layouts.Keys.Where(k => k != BaseLayout).ToHashSet();

    /// <summary>Loads and parses every template, reporting every error in every one of them.</summary>
    public static ThemeTemplates Load(ThemeFiles files, string siteRoot, DiagnosticBag diagnostics)
    {
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (_, full) in files.List("partials").Concat(files.List("components")).Where(f => f.Key.EndsWith(Extension, StringComparison.Ordinal)))
        {
            if (Parse(full, files, siteRoot, diagnostics) is { } template)
            {
                partials[Name(full)] = template;
            }
        }

        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (_, full) in files.List("layouts").Where(f => f.Key.EndsWith(Extension, StringComparison.Ordinal)))
        {
            if (Parse(full, files, siteRoot, diagnostics) is { } template)
            {
                layouts[Name(full)] = template;
            }
        }

        foreach (var required in RequiredLayouts.Where(r => !layouts.ContainsKey(r) && !files.List("layouts").ContainsKey($"layouts/{r}{Extension}")))
        {
            diagnostics.Error(DiagnosticCodes.ThemeError, new SourceLocation($"themes/…/layouts/{required}{Extension}"), $"The theme has no '{required}' layout.",
                "Restore it from SiteGen's default theme.");
        }

        return new ThemeTemplates(layouts, partials, diagnostics);
    }

    /// <summary>True when the theme has the layout.</summary>
    public bool Has(string layout) => _layouts.ContainsKey(layout) && layout != BaseLayout;

    /// <summary>
    /// Renders a page: the layout with the view, inside base. Null when a template fails at run
    /// time (a name the view does not have, a member of nothing), which is reported once per place.
    /// </summary>
    /// <param name="layout">The page's layout.</param>
    /// <param name="view">What the templates show.</param>
    /// <param name="templates">The templates it used (<see cref="KeyOf"/>): the layout, base, and every
    /// partial it included, so that the dev server renders again only the pages that use a template an author changed.</param>
    public string? Render(string layout, object view, out IReadOnlySet<string> templates)
    {
        var used = new HashSet<string>(UsedCapacity, StringComparer.Ordinal) { LayoutsFolder + layout, LayoutsFolder + BaseLayout };
        t_used = used;
        try
        {
            return RenderPage(layout, view);
        }
        finally
        {
            t_used = null;
            templates = used;
        }
    }

    private const string LayoutsFolder = "layouts/";
    private const string PartialsFolder = "partials/";

    // More than the templates a page of the theme uses, so that noting one never grows the set.
    private const int UsedCapacity = 48;

    // The templates the page being rendered on this thread has used so far.
    [ThreadStatic]
    private static HashSet<string>? t_used;

    /// <summary>Notes that the page being rendered on this thread included a partial.</summary>
    /// <param name="key">The partial's <see cref="KeyOf"/> name (<see cref="PartialKey"/>).</param>
    internal static void Included(string key) => t_used?.Add(key);

    /// <summary>The name <see cref="KeyOf"/> gives the partial called <paramref name="partial"/>.</summary>
    internal static string PartialKey(string partial) => PartialsFolder + partial;

    /// <summary>
    /// The name <see cref="Render(string, object, out IReadOnlySet{string})"/> gives the template at
    /// <paramref name="pathInTheme"/> (its path inside the theme's folder, such as
    /// <c>components/footer/footer.sbn-html</c>): <c>layouts/page</c> for a layout, and
    /// <c>partials/footer</c> for a partial, from <c>partials/</c> or a component's folder.
    /// </summary>
    public static string KeyOf(string pathInTheme)
    {
        var path = pathInTheme.Replace('\\', '/');
        return (path.StartsWith(LayoutsFolder, StringComparison.Ordinal) ? LayoutsFolder : PartialsFolder) + Name(path);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = ViewsAreKept)]
    private string? RenderPage(string layout, object view)
    {
        if (!_layouts.TryGetValue(layout, out var template) || !_layouts.TryGetValue(BaseLayout, out var shell))
        {
            return null; // reported when the theme was loaded
        }

        // A context is reused by the next page on the same thread: making one, and the member
        // accessors it caches for each view type, was most of a page's allocation.
        var context = _contexts.Value!;
        var globals = new ScriptObject();
        globals.Import(view, renamer: context.MemberRenamer);
        globals.SetValue("include", _include, readOnly: true);
        context.PushGlobal(globals);
        try
        {
            globals.SetValue("main", new LayoutContent(template), readOnly: true);
            var html = shell.Render(context);
            context.PopGlobal();
            return html;
        }
        catch (ScriptRuntimeException ex)
        {
            _contexts.Value = new HtmlTemplateContext(_builtins); // one that failed part way is not reused
            Report(ex.Span, ex.OriginalMessage);
            return null;
        }
    }

    private void Report(SourceSpan span, string message)
    {
        var location = At(span);
        lock (_reported)
        {
            if (!_reported.Add($"{location}|{message}"))
            {
                return; // the same template fails the same way on every page
            }
        }

        _diagnostics.Error(DiagnosticCodes.ThemeError, location, $"The template fails: {message}",
            "Use a name the page model has (the theme's README lists each layout's model), and guard a value that may be missing with 'if'.");
    }

    private static Template? Parse(string full, ThemeFiles files, string siteRoot, DiagnosticBag diagnostics)
    {
        var display = files.Display(full, siteRoot);
        var template = Template.Parse(File.ReadAllText(full), display);
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            diagnostics.Error(DiagnosticCodes.ThemeError, At(message.Span), $"The template does not parse: {message.Message}",
                "Check that each 'if', 'for' and 'capture' has its 'end', and each '{{' its '}}'.");
        }

        return template.HasErrors ? null : template;
    }

    private static SourceLocation At(SourceSpan span) => new(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1);

    private static string Name(string full) => Path.GetFileName(full)[..^Extension.Length];
}
