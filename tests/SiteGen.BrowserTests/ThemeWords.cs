using Microsoft.Playwright;
using YamlDotNet.RepresentationModel;

namespace SiteGen.BrowserTests;

/// <summary>
/// The theme's own words as a page in a given language shows them ("Exit this page" in English,
/// "Opuść tę stronę" in Polish), read from the theme's strings files: a test of every page asks
/// for each page's words in its own language.
/// </summary>
internal static class ThemeWords
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Read = [];

    /// <summary>The words of the page's language (its <c>&lt;html lang&gt;</c>), English's where it lacks one.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> OfAsync(IPage page)
    {
        var lang = await page.Locator("html").GetAttributeAsync("lang") ?? "en";
        return Of(lang.Split('-')[0].ToLowerInvariant());
    }

    /// <summary>The words of a language, by its code (<c>en</c>, <c>ur</c>).</summary>
    public static IReadOnlyDictionary<string, string> Of(string code)
    {
        lock (Read)
        {
            if (!Read.TryGetValue(code, out var words))
            {
                var english = code == "en" ? new Dictionary<string, string>() : Of("en");
                words = english.Concat(Load(code)).GroupBy(w => w.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
                Read[code] = words;
            }

            return words;
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Load(string code)
    {
        var path = Path.Combine(RepositoryRoot.Find(), "themes", "default", "strings", code + ".yaml");
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        return ((YamlMappingNode)yaml.Documents[0].RootNode).Children
            .Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ((YamlScalarNode)c.Value).Value!));
    }
}
