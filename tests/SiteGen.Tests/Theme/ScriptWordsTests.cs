using System.Text.RegularExpressions;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Theme;

/// <summary>
/// The quiz, training and certificate scripts' own English words are the theme's en.yaml ones: a
/// page in the theme's own English does not carry them, so the two must say the same.
/// </summary>
public sealed partial class ScriptWordsTests
{
    [Theory]
    [InlineData("quiz", "quiz_")]
    [InlineData("training-module", "training_")]
    [InlineData("certificate", "certificate_")]
    public void A_scripts_English_is_the_themes_English_word_for_word(string component, string prefix)
    {
        var script = File.ReadAllText(Path.Combine(RepoPaths.Themes, "default", "components", component, "src", "text.mjs"));
        var general = script.IndexOf("export var GENERAL", StringComparison.Ordinal);
        var inTheme = ThemeEnglish();

        var words = ScriptWord().Matches(script).ToList();
        Assert.True(words.Count >= 12, $"only {words.Count} words were read from {component}'s text.mjs");
        foreach (var word in words)
        {
            var name = word.Groups[1].Value;
            var shared = (general >= 0 && word.Index > general) || name.StartsWith("error", StringComparison.Ordinal);
            var key = (shared ? "" : prefix) + SnakeCase().Replace(name, m => "_" + m.Value.ToLowerInvariant());
            Assert.True(inTheme.TryGetValue(key, out var english), $"en.yaml has no {key} for {component}'s {name}");
            Assert.Equal(english, Regex.Unescape(word.Groups[2].Value));
        }
    }

    private static Dictionary<string, string> ThemeEnglish()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Themes, "default", "strings", "en.yaml"))));
        return ((YamlMappingNode)yaml.Documents[0].RootNode).Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!);
    }

    [GeneratedRegex(@"^  (\w+): '((?:[^'\\]|\\.)*)',?$", RegexOptions.Multiline)]
    private static partial Regex ScriptWord();

    // "notQuite" is not_quite, "month10" is month_10.
    [GeneratedRegex("[A-Z]|(?<=[a-z])[0-9]+")]
    private static partial Regex SnakeCase();
}
