using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Theme;

/// <summary>
/// The theme's own words (the quick exit, the help block, navigation, search) in each of the
/// site's languages, from <c>strings/&lt;code&gt;.yaml</c> in the theme; a site overrides any of
/// them, line by line, with its own <c>themes/&lt;theme&gt;/strings/&lt;code&gt;.yaml</c>. The site's own language
/// has every key; another language's missing key is a warning, and its pages show the English.
/// </summary>
public sealed class ThemeStrings
{
    /// <summary>The folder of the strings files in a theme.</summary>
    public const string Folder = "strings";

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;

    private ThemeStrings(Dictionary<string, IReadOnlyDictionary<string, string>> byLanguage, bool themesOwnEnglish)
    {
        _byLanguage = byLanguage;
        IsThemesOwnEnglish = themesOwnEnglish;
    }

    /// <summary>
    /// True when the site's own words are the theme's English, unchanged: the scripts know those
    /// already, so its pages need not carry them.
    /// </summary>
    public bool IsThemesOwnEnglish { get; }

    /// <summary>The words for pages in <paramref name="language"/> (a code from <c>languages:</c>); the site's own for null.</summary>
    public IReadOnlyDictionary<string, string> For(string? language) =>
        _byLanguage.TryGetValue(language ?? "", out var words) ? words : _byLanguage[""];

    /// <summary>A key as the theme's scripts name it: <c>results_for_whom</c> is <c>resultsForWhom</c>.</summary>
    public static string CamelCase(string key)
    {
        var parts = key.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>Reads the strings for the site's own language and each of its languages, reporting what is missing.</summary>
    public static ThemeStrings Load(ThemeFiles theme, SiteConfig config, string siteRoot, DiagnosticBag diagnostics)
    {
        var own = (config.Language ?? "en").Split('-')[0].ToLowerInvariant();
        var ownWords = Read(theme, own, config.Theme, siteRoot, diagnostics);
        if (ownWords is null)
        {
            diagnostics.Error(DiagnosticCodes.ThemeError, new SourceLocation($"themes/{config.Theme}/{Folder}/{own}.yaml"),
                $"The theme has no words for the site's language '{own}' (language: {config.Language}).",
                $"Copy themes/{config.Theme}/{Folder}/en.yaml to {own}.yaml in the site's themes/{config.Theme}/{Folder}/ folder and translate each line.");
            ownWords = [];
        }
        else if (own != "en" && ownWords.Count > 0 && Read(theme, "en", config.Theme, siteRoot, new DiagnosticBag()) is { } english)
        {
            // A site in another language whose file predates a key of the theme's: that key in English, said.
            ownWords = Report(english, ownWords, $"themes/{config.Theme}/{Folder}/{own}.yaml", config.Language ?? own, diagnostics);
        }

        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal) { [""] = ownWords };
        foreach (var language in (config.Languages ?? []).Where(l => l.Code is not null))
        {
            var file = $"themes/{config.Theme}/{Folder}/{language.Code}.yaml";
            var words = Read(theme, language.Code, config.Theme, siteRoot, diagnostics);
            if (words is null)
            {
                diagnostics.Warning(DiagnosticCodes.ThemeStringMissing, new SourceLocation(file),
                    $"The theme has no words in {language}: pages in it show the quick exit, help block and navigation in English.",
                    $"Copy the theme's {Folder}/en.yaml to {file} and translate each line.");
                byLanguage[language.Code] = ownWords;
                continue;
            }

            byLanguage[language.Code] = Report(ownWords, words, file, language.ToString(), diagnostics);
        }

        var builtInEnglish = theme.Layers.Count > 0 ? Path.Combine(theme.Layers[^1], Folder, "en.yaml") : null;
        var themesOwn = own == "en" && builtInEnglish is not null && File.Exists(builtInEnglish)
            && ReadFile(builtInEnglish, builtInEnglish, config.Theme, new DiagnosticBag()) is { } builtIn
            && builtIn.Count == ownWords.Count && builtIn.All(w => ownWords.GetValueOrDefault(w.Key) == w.Value); // SiteGen's own words, wherever the file is
        return new ThemeStrings(byLanguage, themesOwn);
    }

    // Warns of each key of all that words lacks, and fills it from all. A file that does not
    // parse has its error; its every key is not missing as well.
    private static Dictionary<string, string> Report(IReadOnlyDictionary<string, string> all, Dictionary<string, string> words, string file, string language, DiagnosticBag diagnostics)
    {
        foreach (var key in words.Count == 0 ? [] : all.Keys.Where(k => !words.ContainsKey(k)))
        {
            diagnostics.Warning(DiagnosticCodes.ThemeStringMissing, new SourceLocation(file),
                $"The theme's words in {language} have no '{key}': its pages show \"{all[key]}\" instead.", $"Add '{key}:' with its words in {language} to {file}.");
        }

        return all.ToDictionary(w => w.Key, w => words.GetValueOrDefault(w.Key) ?? w.Value, StringComparer.Ordinal);
    }

    // A language's words from every layer that has its file, a site's over the theme's: a site
    // that changes a few words has only those in its copy, and keeps the theme's new keys.
    private static Dictionary<string, string>? Read(ThemeFiles theme, string code, string themeName, string siteRoot, DiagnosticBag diagnostics)
    {
        Dictionary<string, string>? words = null;
        foreach (var path in theme.FindEach($"{Folder}/{code}.yaml"))
        {
            var layer = ReadFile(path, theme.Display(path, siteRoot), themeName, diagnostics);
            words ??= new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, text) in layer)
            {
                words[key] = text;
            }
        }

        return words;
    }

    private static Dictionary<string, string> ReadFile(string path, string display, string themeName, DiagnosticBag diagnostics)
    {
        var yaml = new YamlBinder(display, 0, diagnostics, "strings file");
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        if (yaml.Parse(File.ReadAllText(path)) is not YamlMappingNode root)
        {
            return words; // its syntax error is reported
        }

        foreach (var (key, value) in root.Children)
        {
            if (key is YamlScalarNode { Value: ThemeWords.DigitsKey } && value is YamlScalarNode { Value: { } digits } && (digits.Length != 10 || digits.Distinct().Count() != 10))
            {
                diagnostics.Error(DiagnosticCodes.ThemeError, yaml.At(value), $"'digits' is the language's ten digits, 0 to 9, in order: '{digits}' is not.",
                    "Write the ten, with nothing between them, such as digits: \"٠١٢٣٤٥٦٧٨٩\"; or leave the line out for 0 to 9.");
            }
            else if (key is YamlScalarNode { Value: { Length: > 0 } name } && value is YamlScalarNode { Value: { } text })
            {
                words[name] = text;
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.YamlWrongType, yaml.At(key), $"Each line of a strings file is a key and its words, such as 'exit_this_page: Exit this page'.",
                    $"Write the words on the key's line, in quotes if they hold ': ' or '#' ({themeName} theme's {Folder}/en.yaml has every key).");
            }
        }

        return words;
    }
}
