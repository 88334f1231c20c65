using System.Globalization;
using System.Text.Json;

namespace SiteGen.Theme;

/// <summary>
/// The theme's words in one language (<see cref="ThemeStrings.For"/>), as the generator says them:
/// with each <c>{name}</c> filled in, <c>_one</c> and <c>_other</c> chosen by a count, and handed
/// to a script as JSON.
/// </summary>
/// <param name="words">The words, by key.</param>
public sealed class ThemeWords(IReadOnlyDictionary<string, string> words)
{
    /// <summary>
    /// The words of <paramref name="key"/> with each <c>{name}</c> filled in; the key itself when
    /// the strings file lacks it (a missing key is reported when the strings are read).
    /// </summary>
    public string Say(string key, params (string Name, object Value)[] values)
    {
        var text = words.GetValueOrDefault(key) ?? key;
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The words of <c>key_one</c> for a count of 1, of <c>key_other</c> for any other, with <c>{count}</c> filled in.</summary>
    public string Count(string key, int count, params (string Name, object Value)[] values) =>
        Say(key + (count == 1 ? "_one" : "_other"), [("count", count), .. values]);

    /// <summary>The words a script says, as JSON: each key <paramref name="nameInScript"/> names (null to leave it out), by that name.</summary>
    public string ScriptJson(Func<string, string?> nameInScript)
    {
        var forScript = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, text) in words)
        {
            if (nameInScript(key) is { } name)
            {
                forScript[name] = text;
            }
        }

        return JsonSerializer.Serialize(forScript);
    }
}
