using System.IO.Compression;
using System.Text;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Site;
using SiteGen.Theme;
using SiteGen.Training;

namespace SiteGen.Packaging.Scorm;

/// <summary>
/// A SCORM 1.2 package of one training module (<c>sitegen package scorm</c>): the site is built for
/// disk in a temporary folder, and the module's pages (start, pages, quiz, certificate), the files
/// they use and the theme's assets go into a zip with an <c>imsmanifest.xml</c> whose one SCO
/// starts at the module's start page, with the quiz's pass mark as the mastery score.
/// </summary>
public static class ScormPackager
{
    /// <summary>Theme assets a package leaves out: search, which a package does not have.</summary>
    private static readonly string[] LeftOut = [ThemeAssets.SearchScriptPath, ThemeAssets.LunrPath];

    /// <summary>Writes the package; all the errors of the run, and nothing written, when it cannot.</summary>
    /// <param name="options">The site to build (its config; the output path is not used).</param>
    /// <param name="moduleId">The module's id, as its pages give it in <c>module:</c>.</param>
    /// <param name="zipPath">The package file to write; an earlier one is replaced only when the new one is whole.</param>
    public static PackageResult Write(BuildOptions options, string moduleId, string zipPath)
    {
        var diagnostics = new DiagnosticBag();
        var folder = Directory.CreateTempSubdirectory("sitegen-scorm-").FullName;
        try
        {
            var site = Path.Combine(folder, "site");
            var (built, kept) = SiteBuilder.BuildKeeping(options with { OutputPath = site, ForDisk = true, WriteAnswerKeys = false, WriteOutput = true });
            foreach (var diagnostic in built.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            if (kept?.Loaded is not { } loaded)
            {
                return new PackageResult(diagnostics.Items, false, 0);
            }

            if (loaded.Site.Modules.FirstOrDefault(m => m.Id == moduleId) is not { } module)
            {
                var ids = loaded.Site.Modules.Select(m => m.Id).ToList();
                diagnostics.Error(DiagnosticCodes.UnknownModule, new SourceLocation(Path.GetFileName(options.ConfigPath)), $"The site has no training module '{moduleId}'.",
                    ids.Count == 0 ? "Add a training module (see docs/writing-content.md) before packaging one." : $"Use one of its modules: {string.Join(", ", ids)}.");
                return new PackageResult(diagnostics.Items, false, 0);
            }

            var files = Contents(site, module, loaded.Config);
            Zip(site, files, module, zipPath, diagnostics);
            return new PackageResult(diagnostics.Items, !diagnostics.HasErrors, files.Count + 1);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The package's files (path from the root to text, or null to copy as built), the manifest apart.</summary>
    private static Dictionary<string, string?> Contents(string site, TrainingModule module, Configuration.SiteConfig config)
    {
        var pages = new[] { module.Start.SitePath }.Concat(module.Pages.Select(p => p.Page.SitePath)).Append(module.CertificatePath)
            .Select(SiteUrls.OutputFile).ToList();
        var files = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var asset in Directory.EnumerateFiles(Path.Combine(site, "assets"), "*", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(site, asset).Replace('\\', '/');
            if (!LeftOut.Contains(path))
            {
                files[path] = null;
            }
        }

        var html = pages.ToDictionary(p => p, p => File.ReadAllText(Path.Combine(site, p)), StringComparer.Ordinal);
        foreach (var (page, text) in html)
        {
            files[page] = text; // every page is in the package before any link is rewritten
            // What the pages use besides the assets: the module's and quiz's data, images; other pages are linked, not taken.
            foreach (var used in PackagedPage.References(text, page).Where(p => !p.EndsWith(".html", StringComparison.Ordinal) && File.Exists(Path.Combine(site, p))))
            {
                files.TryAdd(used, null);
            }
        }

        var runtime = new Dictionary<string, string>
        {
            ["data-scorm-launch"] = pages[0],
            ["data-scorm-module"] = module.Id,
            ["data-scorm-quiz"] = module.Quiz.Definition.Id,
        };
        var live = config.Url.TrimEnd('/') + config.BasePath;
        foreach (var (page, text) in html)
        {
            files[page] = PackagedPage.Rewrite(text, page, files.ContainsKey, path => live + LivePath(path), runtime);
        }

        return files;
    }

    /// <summary>A page's path on the live site: <c>help/index.html</c> is <c>help/</c>.</summary>
    private static string LivePath(string path) =>
        path == "index.html" ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;

    private static void Zip(string site, Dictionary<string, string?> files, TrainingModule module, string zipPath, DiagnosticBag diagnostics)
    {
        var target = Path.GetFullPath(zipPath);
        var partial = target + ".sitegen-partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                var manifest = ScormManifest.Write("sitegen-" + Identifier(module.Id), module.Version, module.Title, SiteUrls.OutputFile(module.Start.SitePath),
                    module.Quiz.PassMark, files.Keys);
                Add(zip, "imsmanifest.xml", Encoding.UTF8.GetBytes(manifest));
                foreach (var (path, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    Add(zip, path, text is null ? File.ReadAllBytes(Path.Combine(site, path)) : new UTF8Encoding(false).GetBytes(text));
                }
            }

            File.Move(partial, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            diagnostics.Error(DiagnosticCodes.PackageFailed, new SourceLocation(zipPath), $"The package could not be written: {ex.Message}",
                "Check the folder is writable and the file is not open in another program. An earlier package there was left as it was.");
        }
    }

    private static void Add(ZipArchive zip, string path, byte[] bytes)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero); // the same module makes the same zip
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    /// <summary>An XML name from a module id: letters, digits, '-', '_' and '.' kept, anything else '-'.</summary>
    private static string Identifier(string id) => new([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-')]);
}

/// <summary>What a package run did.</summary>
/// <param name="Diagnostics">Every error and warning, the site's build's among them.</param>
/// <param name="Succeeded">Whether the package was written.</param>
/// <param name="FileCount">The files in it, the manifest among them.</param>
public sealed record PackageResult(IReadOnlyList<Diagnostic> Diagnostics, bool Succeeded, int FileCount);
