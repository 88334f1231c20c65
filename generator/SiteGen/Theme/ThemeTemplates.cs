using HandlebarsDotNet;
using SiteGen.Diagnostics;

namespace SiteGen.Theme;

/// <summary>
/// The theme's Handlebars templates: layouts, and the partials they use. Partials come from
/// <c>partials/*.hbs</c> and from each component folder (<c>components/exit-this-page/exit-this-page.hbs</c>
/// is the partial <c>exit-this-page</c>), so a component's template, styles and script stay together.
/// </summary>
public sealed class ThemeTemplates
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts;

    private ThemeTemplates(Dictionary<string, HandlebarsTemplate<object, object>> layouts) => _layouts = layouts;

    /// <summary>The layout names the theme has.</summary>
    public IReadOnlySet<string> LayoutNames => _layouts.Keys.ToHashSet();

    /// <summary>Loads and compiles every template, reporting each one that does not compile.</summary>
    public static ThemeTemplates Load(ThemeFiles files, string siteRoot, DiagnosticBag diagnostics)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        var partials = files.List("partials").Concat(files.List("components"))
            .Where(f => f.Key.EndsWith(".hbs", StringComparison.Ordinal));
        foreach (var (relative, full) in partials)
        {
            Compile(full, relative, text => handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(relative), text), files, siteRoot, diagnostics);
        }

        var layouts = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        foreach (var (relative, full) in files.List("layouts").Where(f => f.Key.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            Compile(full, relative, text => layouts[Path.GetFileNameWithoutExtension(relative)] = handlebars.Compile(text), files, siteRoot, diagnostics);
        }

        foreach (var required in new[] { "page", "home", "audience", "search", "404", "certificate" }.Where(r => !layouts.ContainsKey(r)))
        {
            diagnostics.Error(DiagnosticCodes.ThemeError, new SourceLocation($"themes/…/layouts/{required}.hbs"), $"The theme has no '{required}' layout.",
                "Restore it from SiteGen's default theme.");
        }

        return new ThemeTemplates(layouts);
    }

    /// <summary>Renders a layout with a view.</summary>
    public string Render(string layout, object view) => _layouts[layout](view);

    /// <summary>True when the theme has the layout.</summary>
    public bool Has(string layout) => _layouts.ContainsKey(layout);

    private static void Compile(string full, string relative, Action<string> compile, ThemeFiles files, string siteRoot, DiagnosticBag diagnostics)
    {
        try
        {
            compile(File.ReadAllText(full));
        }
        catch (HandlebarsException ex)
        {
            diagnostics.Error(DiagnosticCodes.ThemeError, new SourceLocation(files.Display(full, siteRoot)), $"The template {relative} does not compile: {ex.Message}");
        }
    }
}
