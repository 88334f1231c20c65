using System.Text.RegularExpressions;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Theme;

/// <summary>
/// The search script's own English words are the theme's en.yaml ones: an English page built
/// with the theme's words does not carry them, so the two must say the same.
/// </summary>
public sealed partial class SearchWordsTests
{
    [Fact]
    public void The_search_scripts_English_is_the_themes_English_word_for_word()
    {
        var script = File.ReadAllText(Path.Combine(RepoPaths.Themes, "default", "components", "site-search", "src", "words.mjs"));
        var inScript = ScriptWord().Matches(script).ToDictionary(m => m.Groups[1].Value, m => Regex.Unescape(m.Groups[2].Value));

        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Themes, "default", "strings", "en.yaml"))));
        var inTheme = ((YamlMappingNode)yaml.Documents[0].RootNode).Children
            .Select(c => (Key: ((YamlScalarNode)c.Key).Value!, Text: ((YamlScalarNode)c.Value).Value!))
            .Where(w => w.Key.StartsWith("search_", StringComparison.Ordinal) && w.Key is not ("search_region" or "search_label" or "search_button" or "search_page_hint" or "search_needs_javascript")
                && !w.Key.StartsWith("search_without_javascript", StringComparison.Ordinal))
            .ToDictionary(w => CamelCase(w.Key["search_".Length..]), w => w.Text);

        Assert.True(inScript.Count >= 20, $"only {inScript.Count} words were read from words.mjs");
        Assert.Equal(inTheme.OrderBy(w => w.Key, StringComparer.Ordinal), inScript.OrderBy(w => w.Key, StringComparer.Ordinal));
    }

    private static string CamelCase(string key)
    {
        var parts = key.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    [GeneratedRegex(@"^  (\w+): '((?:[^'\\]|\\.)*)',?$", RegexOptions.Multiline)]
    private static partial Regex ScriptWord();
}
