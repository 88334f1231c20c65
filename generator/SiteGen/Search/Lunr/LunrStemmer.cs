using System.Text.RegularExpressions;

namespace SiteGen.Search.Lunr;

/// <summary>
/// lunr.js's <c>lunr.stemmer</c>, the Porter stemmer as lunr 2.3.9 ports it (from Martin Porter's
/// JavaScript version): the same regular expressions, tried in the same order, so that every
/// token stems exactly as it does in the browser.
/// </summary>
/// <remarks>
/// The patterns are lunr's, translated for .NET: JavaScript's <c>.</c> (any code unit but a line
/// terminator) is spelled <see cref="Dot"/>, and its <c>$</c> (end of input only) is <c>\z</c>,
/// because .NET's <c>.</c> and <c>$</c> treat line breaks differently.
/// </remarks>
public static partial class LunrStemmer
{
    private const string Dot = @"[^\n\r\u2028\u2029]";
    private const string Consonant = "[^aeiou]";
    private const string Vowel = "[aeiouy]";
    private const string ConsonantSequence = Consonant + "[^aeiouy]*";
    private const string VowelSequence = Vowel + "[aeiou]*";

    // [C]VC... is m>0
    private const string MeasureGreaterThan0 = "^(" + ConsonantSequence + ")?" + VowelSequence + ConsonantSequence;

    // [C]VC[V] is m=1
    private const string MeasureEquals1 = "^(" + ConsonantSequence + ")?" + VowelSequence + ConsonantSequence + "(" + VowelSequence + @")?\z";

    // [C]VCVC... is m>1
    private const string MeasureGreaterThan1 = "^(" + ConsonantSequence + ")?" + VowelSequence + ConsonantSequence + VowelSequence + ConsonantSequence;

    // vowel in stem
    private const string VowelInStem = "^(" + ConsonantSequence + ")?" + Vowel;

    // *o: consonant-vowel-consonant, the last not w, x or y
    private const string EndsCvc = "^" + ConsonantSequence + Vowel + @"[^aeiouwxy]\z";

    private static readonly Dictionary<string, string> Step2Suffixes = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate",
        ["tional"] = "tion",
        ["enci"] = "ence",
        ["anci"] = "ance",
        ["izer"] = "ize",
        ["bli"] = "ble",
        ["alli"] = "al",
        ["entli"] = "ent",
        ["eli"] = "e",
        ["ousli"] = "ous",
        ["ization"] = "ize",
        ["ation"] = "ate",
        ["ator"] = "ate",
        ["alism"] = "al",
        ["iveness"] = "ive",
        ["fulness"] = "ful",
        ["ousness"] = "ous",
        ["aliti"] = "al",
        ["iviti"] = "ive",
        ["biliti"] = "ble",
        ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3Suffixes = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic",
        ["ative"] = "",
        ["alize"] = "al",
        ["iciti"] = "ic",
        ["ical"] = "ic",
        ["ful"] = "",
        ["ness"] = "",
    };

    /// <summary>
    /// Stems <paramref name="word"/> as lunr does. Words shorter than three UTF-16 code units are
    /// returned unchanged. The input is expected lower-case, as the tokenizer leaves it.
    /// </summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Memo[word];
    }

    // Each stem takes a dozen regular expressions: remember them.
    private static readonly Text.WordMemo<string> Memo = new(StemWord);

    private static string StemWord(string word)
    {
        var w = word;
        if (w.Length < 3)
        {
            return w;
        }

        // An initial y is a consonant: upper-case it so that the vowel classes skip it.
        var initialY = w[0] == 'y';
        if (initialY)
        {
            w = "Y" + w[1..];
        }

        w = Step1A(w);
        w = Step1B(w);
        w = Step1C(w);
        w = ReplaceSuffix(w, Step2Pattern(), Step2Suffixes);
        w = ReplaceSuffix(w, Step3Pattern(), Step3Suffixes);
        w = Step4(w);
        w = Step5(w);

        if (initialY)
        {
            w = "y" + w[1..];
        }

        return w;
    }

    private static string Step1A(string w)
    {
        var match = Step1APattern().Match(w);
        if (!match.Success)
        {
            match = Step1APattern2().Match(w);
        }

        return match.Success ? match.Groups[1].Value + match.Groups[2].Value : w;
    }

    private static string Step1B(string w)
    {
        var eed = Step1BPattern().Match(w);
        if (eed.Success)
        {
            return MeasureGreaterThan0Pattern().IsMatch(eed.Groups[1].Value) ? RemoveLastCharacter(w) : w;
        }

        var edOrIng = Step1BPattern2().Match(w);
        if (!edOrIng.Success)
        {
            return w;
        }

        var stem = edOrIng.Groups[1].Value;
        if (!VowelInStemPattern().IsMatch(stem))
        {
            return w;
        }

        w = stem;
        if (Step1BRestorePattern().IsMatch(w))
        {
            return w + "e";
        }

        if (DoubleConsonantPattern().IsMatch(w))
        {
            return RemoveLastCharacter(w);
        }

        return EndsCvcPattern().IsMatch(w) ? w + "e" : w;
    }

    private static string Step1C(string w)
    {
        var match = Step1CPattern().Match(w);
        return match.Success ? match.Groups[1].Value + "i" : w;
    }

    private static string ReplaceSuffix(string w, Regex pattern, Dictionary<string, string> replacements)
    {
        var match = pattern.Match(w);
        if (!match.Success)
        {
            return w;
        }

        var stem = match.Groups[1].Value;
        return MeasureGreaterThan0Pattern().IsMatch(stem) ? stem + replacements[match.Groups[2].Value] : w;
    }

    private static string Step4(string w)
    {
        var match = Step4Pattern().Match(w);
        if (match.Success)
        {
            var stem = match.Groups[1].Value;
            return MeasureGreaterThan1Pattern().IsMatch(stem) ? stem : w;
        }

        var ion = Step4Pattern2().Match(w);
        if (ion.Success)
        {
            var stem = ion.Groups[1].Value + ion.Groups[2].Value;
            return MeasureGreaterThan1Pattern().IsMatch(stem) ? stem : w;
        }

        return w;
    }

    private static string Step5(string w)
    {
        var match = Step5Pattern().Match(w);
        if (match.Success)
        {
            var stem = match.Groups[1].Value;
            if (MeasureGreaterThan1Pattern().IsMatch(stem)
                || (MeasureEquals1Pattern().IsMatch(stem) && !EndsCvcPattern().IsMatch(stem)))
            {
                w = stem;
            }
        }

        if (w.EndsWith("ll", StringComparison.Ordinal) && MeasureGreaterThan1Pattern().IsMatch(w))
        {
            w = RemoveLastCharacter(w);
        }

        return w;
    }

    // w.replace(/.$/, ""): drops the last code unit unless it is a line terminator.
    private static string RemoveLastCharacter(string w) =>
        w.Length > 0 && !JsText.IsLineTerminator(w[^1]) ? w[..^1] : w;

    [GeneratedRegex(MeasureGreaterThan0)]
    private static partial Regex MeasureGreaterThan0Pattern();

    [GeneratedRegex(MeasureEquals1)]
    private static partial Regex MeasureEquals1Pattern();

    [GeneratedRegex(MeasureGreaterThan1)]
    private static partial Regex MeasureGreaterThan1Pattern();

    [GeneratedRegex(VowelInStem)]
    private static partial Regex VowelInStemPattern();

    [GeneratedRegex(EndsCvc)]
    private static partial Regex EndsCvcPattern();

    [GeneratedRegex("^(" + Dot + @"+?)(ss|i)es\z")]
    private static partial Regex Step1APattern();

    [GeneratedRegex("^(" + Dot + @"+?)([^s])s\z")]
    private static partial Regex Step1APattern2();

    [GeneratedRegex("^(" + Dot + @"+?)eed\z")]
    private static partial Regex Step1BPattern();

    [GeneratedRegex("^(" + Dot + @"+?)(ed|ing)\z")]
    private static partial Regex Step1BPattern2();

    [GeneratedRegex(@"(at|bl|iz)\z")]
    private static partial Regex Step1BRestorePattern();

    [GeneratedRegex(@"([^aeiouylsz])\1\z")]
    private static partial Regex DoubleConsonantPattern();

    [GeneratedRegex("^(" + Dot + @"+?[^aeiou])y\z")]
    private static partial Regex Step1CPattern();

    [GeneratedRegex("^(" + Dot + @"+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\z")]
    private static partial Regex Step2Pattern();

    [GeneratedRegex("^(" + Dot + @"+?)(icate|ative|alize|iciti|ical|ful|ness)\z")]
    private static partial Regex Step3Pattern();

    [GeneratedRegex("^(" + Dot + @"+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\z")]
    private static partial Regex Step4Pattern();

    [GeneratedRegex("^(" + Dot + @"+?)(s|t)(ion)\z")]
    private static partial Regex Step4Pattern2();

    [GeneratedRegex("^(" + Dot + @"+?)e\z")]
    private static partial Regex Step5Pattern();
}
