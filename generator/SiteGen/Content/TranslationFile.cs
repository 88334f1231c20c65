using System.Text.RegularExpressions;
using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// A translation found beside its page, named as Hugo names them: <c>help/index.ur.md</c> is the
/// Urdu of <c>help/index.md</c>.
/// </summary>
/// <param name="File">The translation's file.</param>
/// <param name="Language">Its language, from site.yaml.</param>
/// <param name="OriginalPath">The page it translates, under <c>content/</c>.</param>
public sealed partial record TranslationFile(ContentFile File, SiteLanguage Language, string OriginalPath)
{
    /// <summary>
    /// Splits content files into pages and translations. A name ending in a language code that
    /// site.yaml does not list is a page, with a warning: it is most likely a translation whose
    /// language is missing from <c>languages:</c>.
    /// </summary>
    public static (List<ContentFile> Pages, List<TranslationFile> Translations) Split(IReadOnlyList<ContentFile> files, SiteConfig config, DiagnosticBag diagnostics)
    {
        var languages = config.Languages.Where(l => l.Code is not null).ToDictionary(l => l.Code, StringComparer.Ordinal);
        var pages = new List<ContentFile>();
        var translations = new List<TranslationFile>();
        foreach (var file in files)
        {
            var match = SuffixPattern().Match(file.RelativePath);
            if (!match.Success)
            {
                pages.Add(file);
                continue;
            }

            var code = match.Groups["code"].Value;
            if (languages.TryGetValue(code, out var language))
            {
                translations.Add(new TranslationFile(file, language, file.RelativePath[..match.Index] + ".md"));
                continue;
            }

            pages.Add(file);
            diagnostics.Warning(DiagnosticCodes.TranslationInvalid, new SourceLocation(file.DisplayPath),
                $"The name ends in '.{code}.md' like a translation, but site.yaml lists no language '{code}', so it is published as a page of its own.",
                languages.Count == 0 ? $"To publish it as a translation, add the language under 'languages:' in site.yaml (code: {code}, name, direction)." : $"The site's languages are {string.Join(", ", languages.Keys)}; add '{code}' to them in site.yaml, or rename the file.");
        }

        return (pages, translations);
    }

    [GeneratedRegex(@"\.(?<code>[a-z]{2,3}(-[a-z0-9]{2,8})*)\.md$")]
    private static partial Regex SuffixPattern();
}
