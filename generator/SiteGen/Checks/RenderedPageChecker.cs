using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Safety;

namespace SiteGen.Checks;

/// <summary>
/// The check stage: reads each finished page as a browser would and checks what only the
/// finished HTML shows: one h1, alternative text on images, and every link (the theme's as well
/// as the content's) going to a file and anchor that the site really has.
/// </summary>
public sealed class RenderedPageChecker
{
    private readonly string _basePath;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Creates the stage.</summary>
    public RenderedPageChecker(string basePath, DiagnosticBag diagnostics)
    {
        _basePath = basePath;
        _diagnostics = diagnostics;
    }

    /// <summary>Checks every page against the set of files the site will have.</summary>
    /// <param name="pages">What was read of each rendered page (<see cref="PageFacts.Read"/>).</param>
    /// <param name="outputFiles">Every output file path (<c>help/index.html</c>, <c>assets/sitegen.css</c>).</param>
    public void Check(IReadOnlyList<PageFacts> pages, IReadOnlySet<string> outputFiles) => Check(pages, pages, outputFiles);

    /// <summary>Checks some pages against what was read of every page of the site.</summary>
    /// <param name="pages">The pages to check.</param>
    /// <param name="site">What was read of every page, the checked ones included.</param>
    /// <param name="outputFiles">Every output file path.</param>
    public void Check(IEnumerable<PageFacts> pages, IReadOnlyList<PageFacts> site, IReadOnlySet<string> outputFiles)
    {
        var idsByFile = site.ToDictionary(f => Site.SiteUrls.OutputFile(f.SitePath), f => f.Ids, StringComparer.Ordinal);

        // Pages are checked side by side (a big site's links are many), and what is found is
        // reported in page order.
        var found = pages.AsParallel().AsOrdered().Select(page =>
        {
            var diagnostics = new DiagnosticBag();
            Check(page, idsByFile, outputFiles, diagnostics);
            return diagnostics.Items;
        }).ToList();
        foreach (var diagnostic in found.SelectMany(items => items))
        {
            _diagnostics.Add(diagnostic);
        }
    }

    private void Check(PageFacts facts, Dictionary<string, IReadOnlySet<string>> idsByFile, IReadOnlySet<string> outputFiles, DiagnosticBag diagnostics)
    {
        var page = facts;
        if (facts.LevelOneHeadings != 1)
        {
            diagnostics.Error(DiagnosticCodes.HeadingStructure, page.Source, $"The page /{page.SitePath} has {facts.LevelOneHeadings} level-one headings; it must have exactly one.",
                "The page title is the h1: start body headings at '##', and keep one h1 in each layout.");
        }

        foreach (var image in facts.ImagesWithoutText)
        {
            diagnostics.Error(DiagnosticCodes.MissingAltText, page.Source, $"An image ({image}) has no alternative text.",
                "Write ![what the image shows](file.png), or ![](file.png) if it is only decoration.");
        }

        foreach (var reference in facts.References)
        {
            CheckReference(facts, reference, idsByFile, outputFiles, diagnostics);
        }

        // The last line of defence, for the theme (a site's own templates included) and
        // values from site.yaml: no inline script, no scheme but http(s), mailto and tel,
        // nothing fetched from another host.
        foreach (var hazard in facts.Hazards)
        {
            diagnostics.Error(hazard.Code, page.Source, $"The page /{page.SitePath}: {hazard.Message}", hazard.Fix);
        }
    }

    private void CheckReference(PageFacts facts, string reference, Dictionary<string, IReadOnlySet<string>> idsByFile, IReadOnlySet<string> outputFiles, DiagnosticBag diagnostics)
    {
        var page = facts;
        if (LinkTarget.Classify(reference) != LinkTargetKind.InSite)
        {
            return; // another site, or a scheme the safety check reports
        }

        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var path = (hash < 0 ? reference : reference[..hash]).Split('?')[0];
        var anchor = hash < 0 ? null : reference[(hash + 1)..];
        if (path.Length == 0)
        {
            if (anchor is { Length: > 0 } && !facts.Ids.Contains(anchor))
            {
                diagnostics.Error(DiagnosticCodes.BrokenAnchor, page.Source, $"The page /{page.SitePath} links to #{anchor}, which is not on it.");
            }

            return;
        }

        var target = Resolve(page, Uri.UnescapeDataString(path));
        var file = target is null ? null : target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
        if (file is null || !outputFiles.Contains(file))
        {
            diagnostics.Error(DiagnosticCodes.BrokenLink, page.Source, $"The page /{page.SitePath} links to '{reference}', which is not in the site.",
                "If the link comes from the theme, check its template; from content, link to the .md file.");
            return;
        }

        if (anchor is { Length: > 0 } && idsByFile.TryGetValue(file, out var ids) && !ids.Contains(anchor))
        {
            diagnostics.Error(DiagnosticCodes.BrokenAnchor, page.Source, $"The page /{page.SitePath} links to '{reference}', but that page has no element with the id '{anchor}'.");
        }
    }

    /// <summary>The site path a reference points at, or null when it leaves the site.</summary>
    private string? Resolve(PageFacts page, string path)
    {
        string combined;
        if (page.LinksFrom is null)
        {
            if (!path.StartsWith(_basePath, StringComparison.Ordinal))
            {
                return null;
            }

            combined = path[_basePath.Length..];
        }
        else
        {
            combined = page.LinksFrom + path;
        }

        return Site.SiteUrls.Normalise(combined);
    }
}
