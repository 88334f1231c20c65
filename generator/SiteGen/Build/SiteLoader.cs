using Markdig;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Markdown;
using SiteGen.Quizzes;
using SiteGen.Safety;
using SiteGen.Site;
using SiteGen.Theme;

namespace SiteGen.Build;

/// <summary>A site read and assembled, ready to render: what the first three stages produce.</summary>
/// <param name="Config">site.yaml.</param>
/// <param name="Site">The assembled site, every cross-reference resolved.</param>
/// <param name="Pipeline">The Markdown pipeline the pages were parsed with, and are rendered with.</param>
/// <param name="Theme">The theme's files.</param>
/// <param name="Templates">The theme's compiled templates.</param>
/// <param name="Urls">How links are written for this build.</param>
/// <param name="StaticFiles">The files under <c>static/</c>, published as they are.</param>
/// <param name="Strings">The theme's words in each of the site's languages.</param>
public sealed record LoadedSite(SiteConfig Config, SiteModel Site, MarkdownPipeline Pipeline, ThemeFiles Theme, ThemeTemplates Templates, SiteUrls Urls, IReadOnlyList<string> StaticFiles, ThemeStrings Strings);

/// <summary>The load, parse and assemble stages: from site.yaml and content/ to a <see cref="SiteModel"/>.</summary>
public static class SiteLoader
{
    /// <summary>Loads, parses and assembles a site; null when errors stop it before rendering.</summary>
    public static LoadedSite? Load(BuildOptions options, DiagnosticBag diagnostics, Action<BuildStage>? onStage = null) => Load(options, diagnostics, onStage, setTreesAside: false);

    /// <summary>Loads, parses and assembles a site, as <see cref="Load(BuildOptions, DiagnosticBag, Action{BuildStage}?)"/> does.</summary>
    /// <param name="options">What to build.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="onStage">Called as each stage starts.</param>
    /// <param name="setTreesAside">
    /// True for a one-shot build, which renders each page once: each page's parsed body is let go
    /// as soon as it is parsed and parsed again just before the page is rendered, where its links
    /// are resolved too (<see cref="Page.TreeSetAside"/>). The pages with quizzes, training
    /// modules' pages and the glossary, whose trees the assemble stage reads, keep theirs.
    /// </param>
    internal static LoadedSite? Load(BuildOptions options, DiagnosticBag diagnostics, Action<BuildStage>? onStage, bool setTreesAside)
    {
        onStage?.Invoke(BuildStage.Load);
        var config = SiteConfigLoader.LoadAsFarAsItGoes(options.ConfigPath, Path.GetFileName(options.ConfigPath), diagnostics, out var complete);
        if (config is null)
        {
            return null;
        }

        if (!diagnostics.HasErrors)
        {
            return LoadContent(options, config, diagnostics, onStage, setTreesAside);
        }

        // site.yaml has errors, and nothing will be built: the content is still read, as far as
        // the settings it depends on allow, so that one run lists its errors too.
        if (config.Audiences is null || config.AgeBands is null || config.Pages is null || config.Contacts is null || config.Theme is null)
        {
            return null;
        }

        try
        {
            LoadContent(options, config, diagnostics, onStage, setTreesAside: false);
        }
        catch (Exception e) when (e is NullReferenceException or ArgumentException or InvalidOperationException or KeyNotFoundException && !complete)
        {
            // A setting the content needed is missing; its error is already listed.
        }

        return null;
    }

    private static LoadedSite? LoadContent(BuildOptions options, SiteConfig config, DiagnosticBag diagnostics, Action<BuildStage>? onStage, bool setTreesAside)
    {
        PlaceholderContacts.Check(config, diagnostics);
        var root = options.SiteRoot;
        var site = new SiteFolder(root, diagnostics);
        var theme = new ThemeFiles(Path.Combine(root, "themes", config.Theme), Path.Combine(options.BuiltInThemes ?? Path.Combine(AppContext.BaseDirectory, "themes"), config.Theme), site);
        if (!theme.Exists)
        {
            diagnostics.Error(DiagnosticCodes.ThemeError, config.LocationOf(nameof(SiteConfig.Theme)), $"There is no theme '{config.Theme}'.",
                "Use theme: default, or put the theme in the site's themes/ folder.");
            return null;
        }

        var templates = ThemeTemplates.Load(theme, root, diagnostics);
        var strings = ThemeStrings.Load(theme, config, root, diagnostics);
        var (contentFiles, otherFiles) = ContentLoader.Find(Path.Combine(root, "content"), site);
        var (pageFiles, translationFiles) = TranslationFile.Split(contentFiles, config, diagnostics);
        var staticFiles = site.Files(Path.Combine(root, "static"), hidden: true); // static/.well-known is published

        onStage?.Invoke(BuildStage.Parse);
        var pipeline = ContentPipeline.Create(config, quizWords: new QuizWords(strings.For(null), forScript: !strings.IsThemesOwnEnglish));
        var parser = new PageParser(config, pipeline, templates.LayoutNames, diagnostics, ThemeAssets.Pictures(theme));
        // Each tree the assemble stage does not read is set aside as soon as its page is parsed,
        // so that no stage holds every page's tree at once.
        Page? Aside(Page? page)
        {
            if (setTreesAside && page is not null && page.Quizzes.Count == 0 && page.FrontMatter.Module is null && page.Source.RelativePath != config.Pages.Glossary)
            {
                page.SetTreeAside();
            }

            return page;
        }

        var parsed = pageFiles.AsParallel().AsOrdered().Select(f => Aside(parser.Parse(f))).OfType<Page>().ToList();
        var byFile = parsed.GroupBy(p => p.Source.RelativePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var translations = translationFiles.AsParallel().AsOrdered().Select(t => Aside(parser.ParseTranslation(t, byFile))).OfType<Page>().ToList();

        onStage?.Invoke(BuildStage.Assemble);
        var urls = new SiteUrls(options.ForDisk, config.BasePath);
        var unreadable = pageFiles.Select(f => f.RelativePath).Except(parsed.Select(p => p.Source.RelativePath), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var note = (string language) => strings.For(language).GetValueOrDefault("in_site_language") ?? "";
        var model = new SiteAssembler(config, urls, diagnostics, note).Assemble(parsed, otherFiles, unreadable, translations);
        if (model is not null && diagnostics.HasErrors && setTreesAside)
        {
            // Nothing will be rendered: the links in the trees set aside are checked now, so that
            // this run still lists every error.
            var found = model.Pages.Concat(model.Translations).AsParallel().AsOrdered().Select(page =>
            {
                var bag = new DiagnosticBag();
                if (page.TreeSetAside)
                {
                    parser.ParseAgain(page);
                    model.LinkSetAside(page, bag);
                }

                return bag.Items;
            }).ToList();
            foreach (var diagnostic in found.SelectMany(d => d))
            {
                diagnostics.Add(diagnostic);
            }
        }

        return model is null || diagnostics.HasErrors ? null : new LoadedSite(config, model, pipeline, theme, templates, urls, staticFiles, strings);
    }
}
