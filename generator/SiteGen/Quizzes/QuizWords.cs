using System.Globalization;
using System.Text.Json;

namespace SiteGen.Quizzes;

/// <summary>
/// What a quiz says in the language of its page: the <c>quiz_</c> and <c>error_</c> words of the
/// theme's strings file, printed with the quiz and handed to its script.
/// </summary>
public sealed class QuizWords
{
    private const string Prefix = "quiz_";
    private readonly IReadOnlyDictionary<string, string> _words;

    /// <summary>Creates the words from a strings file's words.</summary>
    /// <param name="words">The theme's words in one language (<c>ThemeStrings.For</c>).</param>
    /// <param name="forScript">
    /// True when the quiz's script must be told its words (<c>data-quiz-words</c>); false when they
    /// are the theme's own English, which the script has already.
    /// </param>
    public QuizWords(IReadOnlyDictionary<string, string> words, bool forScript)
    {
        _words = words;
        ScriptWords = forScript ? ToScriptJson(words) : null;
    }

    /// <summary>The words the quiz's script says, as JSON for <c>data-quiz-words</c>; null when it has them already.</summary>
    public string? ScriptWords { get; }

    /// <summary>
    /// The words of <paramref name="key"/> with each <c>{name}</c> filled in; the key itself when
    /// the strings file lacks it (a missing key is reported when the strings are read).
    /// </summary>
    public string Say(string key, params (string Name, object Value)[] values)
    {
        var text = _words.GetValueOrDefault(key) ?? key;
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The words of <c>key_one</c> for a count of 1, of <c>key_other</c> for any other, with <c>{count}</c> filled in.</summary>
    public string Count(string key, int count, params (string Name, object Value)[] values) =>
        Say(key + (count == 1 ? "_one" : "_other"), [("count", count), .. values]);

    // The quiz_ words (without the prefix) and the error summary's, camelCased as the script names them.
    private static string ToScriptJson(IReadOnlyDictionary<string, string> words)
    {
        var forScript = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, text) in words)
        {
            if (key.StartsWith(Prefix, StringComparison.Ordinal))
            {
                forScript[Theme.ThemeStrings.CamelCase(key[Prefix.Length..])] = text;
            }
            else if (key.StartsWith("error_", StringComparison.Ordinal))
            {
                forScript[Theme.ThemeStrings.CamelCase(key)] = text;
            }
        }

        return JsonSerializer.Serialize(forScript);
    }
}
