using System.Globalization;
using System.Text;

namespace SiteGen.Completions;

/// <summary>How closely two names (of people or organisations) agree.</summary>
public enum Agreement
{
    /// <summary>The same, but for spaces at the ends or doubled between words.</summary>
    Same,

    /// <summary>
    /// Probably the same, but not written the same: case, accents, punctuation, a short form of a
    /// first name ("Sam" for "Samuel"), an initial, or one organisation name inside the other.
    /// For the training lead to confirm, never counted without them.
    /// </summary>
    Probable,

    /// <summary>Not the same.</summary>
    Different,
}

/// <summary>Compares the name on a record with a name on the roster.</summary>
public static class NameComparer
{
    // Short forms that are not simply the start of the full name ("Sam" is, "Bob" is not).
    private static readonly Dictionary<string, string[]> ShortForms = new(StringComparer.Ordinal)
    {
        ["bob"] = ["robert"],
        ["bobby"] = ["robert"],
        ["robbie"] = ["robert"],
        ["bill"] = ["william"],
        ["billy"] = ["william"],
        ["liam"] = ["william"],
        ["jim"] = ["james"],
        ["jimmy"] = ["james"],
        ["jamie"] = ["james"],
        ["kate"] = ["katherine", "catherine", "kathryn"],
        ["katie"] = ["katherine", "catherine", "kathryn"],
        ["cathy"] = ["catherine"],
        ["kathy"] = ["katherine", "kathryn"],
        ["liz"] = ["elizabeth"],
        ["lizzie"] = ["elizabeth"],
        ["beth"] = ["elizabeth", "bethany"],
        ["betty"] = ["elizabeth"],
        ["mike"] = ["michael"],
        ["mick"] = ["michael"],
        ["mickey"] = ["michael"],
        ["dave"] = ["david"],
        ["davy"] = ["david"],
        ["tony"] = ["anthony", "antony"],
        ["andy"] = ["andrew"],
        ["drew"] = ["andrew"],
        ["steve"] = ["stephen", "steven"],
        ["sue"] = ["susan", "suzanne"],
        ["maggie"] = ["margaret"],
        ["meg"] = ["margaret"],
        ["peggy"] = ["margaret"],
        ["debbie"] = ["deborah", "debra"],
        ["becky"] = ["rebecca"],
        ["vicky"] = ["victoria"],
        ["vikki"] = ["victoria"],
        ["jack"] = ["john"],
        ["johnny"] = ["john", "jonathan"],
        ["jon"] = ["jonathan", "john"],
        ["ted"] = ["edward"],
        ["eddie"] = ["edward"],
        ["ned"] = ["edward"],
        ["harry"] = ["henry", "harold"],
        ["hal"] = ["henry", "harold"],
        ["dick"] = ["richard"],
        ["rick"] = ["richard", "frederick"],
        ["ricky"] = ["richard"],
        ["sandy"] = ["sandra", "alexander", "alexandra"],
        ["sandra"] = ["alexandra"],
        ["sasha"] = ["alexander", "alexandra"],
        ["mo"] = ["mohammed", "muhammad", "mohammad", "maureen"],
        ["jenny"] = ["jennifer"],
        ["jess"] = ["jessica"],
        ["nicky"] = ["nicola", "nicholas"],
        ["gerry"] = ["gerald", "geraldine"],
        ["terry"] = ["terence", "theresa"],
        ["tess"] = ["theresa"],
        ["polly"] = ["mary"],
        ["molly"] = ["mary"],
        ["ann"] = ["anne", "annie"],
        ["annie"] = ["anne", "ann"],
        ["nan"] = ["ann", "anne"],
        ["bert"] = ["albert", "herbert", "robert"],
        ["alf"] = ["alfred"],
        ["fred"] = ["frederick", "alfred"],
        ["chuck"] = ["charles"],
        ["charlie"] = ["charles", "charlotte"],
        ["lottie"] = ["charlotte"],
        ["frank"] = ["francis"],
        ["fran"] = ["frances", "francesca"],
        ["izzy"] = ["isabel", "isabella", "isobel"],
        ["bella"] = ["isabella"],
    };

    /// <summary>Compares a person's name on a record with their name (or other names) on the roster.</summary>
    /// <param name="onRecord">The name the learner typed.</param>
    /// <param name="onRoster">The roster's name and any other names it gives for the person.</param>
    public static Agreement People(string onRecord, IEnumerable<string> onRoster)
    {
        var best = Agreement.Different;
        foreach (var name in onRoster)
        {
            var agreement = Person(onRecord, name);
            if (agreement < best)
            {
                best = agreement;
            }
        }

        return best;
    }

    /// <summary>Compares an organisation on a record with the roster's.</summary>
    public static Agreement Organisations(string onRecord, string onRoster)
    {
        if (Spaced(onRecord) == Spaced(onRoster))
        {
            return Agreement.Same;
        }

        var (a, b) = (Folded(onRecord), Folded(onRoster));
        return a.Length > 0 && b.Length > 0 && (a == b || $" {a} ".Contains($" {b} ", StringComparison.Ordinal) || $" {b} ".Contains($" {a} ", StringComparison.Ordinal))
            ? Agreement.Probable
            : Agreement.Different;
    }

    /// <summary>The name reduced to what tells people apart: lower case, no accents, letters and digits only, one space between words.</summary>
    public static string Folded(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // a combining accent typed on its own
            }

            builder.Append(char.IsLetterOrDigit(c) ? Unaccented(char.ToLowerInvariant(c)) : " ");
        }

        return Spaced(builder.ToString());
    }

    // Latin letters with accents, à to ž, as their plain letters. The site runs with invariant
    // globalisation, where Unicode decomposition is not available.
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijkllllnnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    private static string Unaccented(char c) => c switch
    {
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        'ð' => "d",
        'þ' => "th",
        _ => Accented.IndexOf(c) is var at and >= 0 ? Plain[at].ToString() : c.ToString(),
    };

    private static Agreement Person(string onRecord, string onRoster)
    {
        if (Spaced(onRecord) == Spaced(onRoster))
        {
            return Agreement.Same;
        }

        var (a, b) = (Folded(onRecord), Folded(onRoster));
        if (a.Length == 0 || b.Length == 0)
        {
            return Agreement.Different;
        }

        if (a == b || a.Replace(" ", "", StringComparison.Ordinal) == b.Replace(" ", "", StringComparison.Ordinal))
        {
            return Agreement.Probable; // case, accents, punctuation ("O'Brien", "Obrien")
        }

        var (first, second) = (a.Split(' '), b.Split(' '));
        return first.Length > 1 && second.Length > 1 && first[^1] == second[^1] && ShortOf(first[0], second[0])
            ? Agreement.Probable
            : Agreement.Different;
    }

    /// <summary>True when one first name may be the other's short form or initial.</summary>
    private static bool ShortOf(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return longer.StartsWith(shorter, StringComparison.Ordinal) // "sam" of "samuel", or the initial "s"
            || (ShortForms.TryGetValue(a, out var fullOfA) && fullOfA.Contains(b))
            || (ShortForms.TryGetValue(b, out var fullOfB) && fullOfB.Contains(a));
    }

    private static string Spaced(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
