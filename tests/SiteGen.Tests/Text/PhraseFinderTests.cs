using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Text;

namespace SiteGen.Tests.Text;

/// <summary>
/// The phrase finder replaced a regular expression in the glossary linker and the safe-language
/// check: it must find exactly what that pattern found, on any text.
/// </summary>
public sealed class PhraseFinderTests
{
    [Fact]
    public void A_word_character_is_what_regular_expressions_call_one()
    {
        var wordOrHyphen = new Regex(@"^[\w-]$", RegexOptions.CultureInvariant);
        var disagreements = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => PhraseFinder.IsWordOrHyphen(c) != wordOrHyphen.IsMatch(c.ToString()))
            .Select(c => $"U+{(int)c:X4}").ToList();

        Assert.True(disagreements.Count == 0, $"[\\w-] and IsWordOrHyphen disagree on {disagreements.Count} characters: {string.Join(' ', disagreements.Take(20))}");
    }

    [Theory]
    [InlineData(PhraseSpacing.AsWritten)]
    [InlineData(PhraseSpacing.AnyWhiteSpace)]
    public void Finds_what_the_pattern_it_replaced_found(PhraseSpacing spacing)
    {
        // Longest first, as the glossary gives them; "mace" inside "grimace", names in any case,
        // next to hyphens, digits, accented letters and line breaks.
        string[] phrases = ["child sexual exploitation", "sexual exploitation", "grooming", "groom", "MACE", "mace", "county lines", "é-safety"];
        var pattern = Pattern(phrases, spacing);
        var finder = new PhraseFinder(phrases, spacing);
        string[] pieces = ["child", "sexual", "exploitation", "CHILD", "Sexual", "grooming", "Groom", "groomed", "mace", "MACE", "grimace", "county", "Lines",
            "é-safety", "É-SAFETY", "-", " ", "  ", "\n", "\t", ".", ",", "2", "_", "é", "x", "re", "\u00a0", "lines"];
        var random = new Random(12);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 12); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var input = text.ToString();
            var expected = pattern.Matches(input).Select(m => (m.Index, m.Value)).ToList();
            var found = finder.FindAll(input).Select(m => (m.Index, input.Substring(m.Index, m.Length))).ToList();
            Assert.True(expected.SequenceEqual(found),
                $"In \"{input}\" the pattern found [{string.Join(", ", expected)}] and the finder [{string.Join(", ", found)}].");
            Assert.Equal(expected.Count > 0, finder.IsIn(input));
        }
    }

    [Fact]
    public void Says_which_phrase_it_found()
    {
        var finder = new PhraseFinder(["county lines", "lines"], PhraseSpacing.AnyWhiteSpace);

        var found = finder.FindAll("Lines of text, and county\nLINES.").Select(finder.PhraseOf).ToList();

        Assert.Equal(["lines", "county lines"], found);
    }

    [Fact]
    public void Finds_nothing_when_it_has_no_phrases()
    {
        var finder = new PhraseFinder([], PhraseSpacing.AsWritten);

        Assert.False(finder.MayBeIn("any text"));
        Assert.Empty(finder.FindAll("any text"));
    }

    // The pattern the glossary linker (as written) and the safe-language check (any white space) used.
    private static Regex Pattern(string[] phrases, PhraseSpacing spacing)
    {
        var alternatives = phrases.Select(p => spacing == PhraseSpacing.AnyWhiteSpace ? Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal) : Regex.Escape(p));
        return new Regex(@"(?<![\w-])(?:" + string.Join('|', alternatives) + @")(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
