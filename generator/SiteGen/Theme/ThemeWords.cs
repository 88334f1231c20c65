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
    /// <summary>The key of a language's own digits, 0 to 9, in its strings file.</summary>
    public const string DigitsKey = "digits";

    private readonly string? _digits = words.GetValueOrDefault(DigitsKey) is { Length: 10 } digits && digits != "0123456789" ? digits : null;

    /// <summary>The language's own digits, 0 to 9, when they are not 0 to 9 (<c>digits:</c> in its strings file); else null.</summary>
    public string? OwnDigits => _digits;

    /// <summary>
    /// The words of <paramref name="key"/> with each <c>{name}</c> filled in, numbers in the
    /// language's own digits; the key itself when the strings file lacks it (a missing key is
    /// reported when the strings are read).
    /// </summary>
    public string Say(string key, params (string Name, object Value)[] values)
    {
        var text = words.GetValueOrDefault(key) ?? key;
        foreach (var (name, value) in values)
        {
            var written = value is int or long or double or decimal ? InDigits(Convert.ToString(value, CultureInfo.InvariantCulture)!) : Convert.ToString(value, CultureInfo.InvariantCulture);
            text = text.Replace("{" + name + "}", written, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The digits 0 to 9 of <paramref name="text"/> as the language writes them.</summary>
    public string InDigits(string text) => InDigits(text, _digits);

    /// <summary>The digits 0 to 9 of <paramref name="text"/> written with <paramref name="digits"/> (ten characters); as they are for null.</summary>
    public static string InDigits(string text, string? digits) =>
        digits is not { Length: 10 } ? text : string.Create(text.Length, (text, digits), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = c is >= '0' and <= '9' ? state.digits[c - '0'] : c;
            }
        });

    /// <summary>The words of <c>key_one</c> for a count of 1, of <c>key_other</c> for any other, with <c>{count}</c> filled in.</summary>
    public string Count(string key, int count, params (string Name, object Value)[] values) =>
        Say(key + (count == 1 ? "_one" : "_other"), [("count", count), .. values]);

    /// <summary>The words a script says, as JSON: each key <paramref name="nameInScript"/> names (null to leave it out), by that name.</summary>
    public string ScriptJson(Func<string, string?> nameInScript)
    {
        var forScript = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, text) in words)
        {
            if (key == DigitsKey && _digits is null)
            {
                continue; // the scripts write 0 to 9 unless told otherwise
            }

            if (nameInScript(key) is { } name)
            {
                forScript[name] = text;
            }
        }

        return JsonSerializer.Serialize(forScript, Output.JsonValues.Default.SortedDictionaryStringString);
    }
}
