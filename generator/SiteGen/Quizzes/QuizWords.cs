using SiteGen.Theme;

namespace SiteGen.Quizzes;

/// <summary>
/// What a quiz says in the language of its page: the <c>quiz_</c> and <c>error_</c> words of the
/// theme's strings file, printed with the quiz and handed to its script.
/// </summary>
public sealed class QuizWords
{
    private const string Prefix = "quiz_";
    private readonly ThemeWords _words;

    /// <summary>Creates the words from a strings file's words.</summary>
    /// <param name="words">The theme's words in one language (<c>ThemeStrings.For</c>).</param>
    /// <param name="forScript">
    /// True when the quiz's script must be told its words (<c>data-quiz-words</c>); false when they
    /// are the theme's own English, which the script has already.
    /// </param>
    public QuizWords(IReadOnlyDictionary<string, string> words, bool forScript)
    {
        _words = new ThemeWords(words);
        ScriptWords = forScript
            ? _words.ScriptJson(key => key.StartsWith(Prefix, StringComparison.Ordinal) ? ThemeStrings.CamelCase(key[Prefix.Length..])
                : key.StartsWith("error_", StringComparison.Ordinal) || key == ThemeWords.DigitsKey ? ThemeStrings.CamelCase(key) : null)
            : null;
    }

    /// <summary>The words the quiz's script says, as JSON for <c>data-quiz-words</c>; null when it has them already.</summary>
    public string? ScriptWords { get; }

    /// <inheritdoc cref="ThemeWords.Say"/>
    public string Say(string key, params (string Name, object Value)[] values) => _words.Say(key, values);

    /// <inheritdoc cref="ThemeWords.Count"/>
    public string Count(string key, int count, params (string Name, object Value)[] values) => _words.Count(key, count, values);
}
