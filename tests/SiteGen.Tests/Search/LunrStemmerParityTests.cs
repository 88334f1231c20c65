using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Search.Lunr;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

/// <summary>The C# stemmer, tokenizer and build pipeline against lunr.js 2.3.9 under node.</summary>
public sealed class LunrStemmerParityTests(ITestOutputHelper output)
{
    private static readonly string[] Bases =
    [
        "groom", "exploit", "safeguard", "relat", "miss", "consent", "abus", "protect", "hop", "tap",
        "fil", "sing", "cr", "happ", "nation", "condition", "ration", "sens", "adopt", "control", "digit",
        "form", "general", "electr", "agre", "fe", "ble", "fall", "tell", "y", "ye", "valen", "hesit",
        "analog", "callous", "decis", "triplic", "revi", "allow", "infer", "gyrosc", "adjust", "defens",
        "irrit", "replac", "depend", "commun", "activ", "angular", "effect", "bowdler", "prob", "ceas",
        "trust", "report", "victim", "vulner", "organ", "realis", "special", "behav", "respons", "trauma",
    ];

    private static readonly string[] Suffixes =
    [
        "", "s", "es", "ies", "ied", "ed", "ing", "ly", "li", "er", "ers", "ness", "ful", "fully", "fulness",
        "ation", "ations", "ational", "tional", "ization", "izer", "ize", "ise", "ism", "alism", "ist", "ity",
        "iti", "ities", "ive", "iveness", "iviti", "ous", "ously", "ousli", "ousness", "able", "ible", "ment",
        "ments", "ement", "ent", "entli", "ence", "enci", "ance", "anci", "ic", "ical", "icate", "iciti",
        "ically", "ate", "ated", "ating", "ator", "al", "alli", "aliti", "alize", "logi", "logy", "bli",
        "biliti", "eli", "y", "ll", "eed", "eeds", "sion", "tion", "e", "ee", "ss", "sses", "at", "bl", "iz",
        "ement", "ou", "ant", "ant", "ative",
    ];

    // Odd inputs: short words, initial y, upper case, digits, punctuation, line terminators,
    // non-Latin letters, and words the tokenizer would never produce.
    private static readonly string[] EdgeWords =
    [
        "", "a", "ab", "y", "yy", "yyy", "yes", "yeses", "yelling", "ying", "Yelling", "GROOMING", "Grooming",
        "2023", "24/7", "don't", "child's", "q&a", "e-safety", "self-esteem", "child-on-child", "semi-nudes",
        "ab\ned", "ab\red", "fee\u2028d", "bee\u2029ing", "feed\n", "ll\n", "abating\u2028", "café", "naïve",
        "cafés", "résumés", "αβγ", "σσσes", "ies", "sses", "eed", "ing", "ed", "at", "bl", "iz", "ly",
        "hopping\u00A0", "übersee", "🙂ing", "a🙂ed", "\u0301ing", "_ing", "__ed", "x_y_ing",
    ];

    [Theory]
    [InlineData("grooming", "groom")]
    [InlineData("groomed", "groom")]
    [InlineData("exploitation", "exploit")]
    [InlineData("exploited", "exploit")]
    [InlineData("safeguarding", "safeguard")]
    [InlineData("relationships", "relationship")]
    [InlineData("missing", "miss")]
    [InlineData("consent", "consent")]
    [InlineData("online", "onlin")]
    [InlineData("yes", "ye")]
    public void Site_vocabulary_stems_as_lunr_does(string word, string stem)
    {
        Assert.Equal(stem, LunrStemmer.Stem(word));
    }

    [Fact]
    public void Stemmer_matches_lunr_own_test_vocabulary()
    {
        LunrNode.EnsureLunrInstalled();
        var path = Path.Combine(LunrNode.LunrPackageDirectory, "test", "fixtures", "stemming_vocab.json");
        var vocabulary = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!;

        var mismatches = vocabulary
            .Where(pair => LunrStemmer.Stem(pair.Key) != pair.Value)
            .Select(pair => $"{pair.Key}: lunr {pair.Value}, C# {LunrStemmer.Stem(pair.Key)}")
            .ToList();

        Assert.True(vocabulary.Count >= 50, $"lunr's vocabulary fixture has only {vocabulary.Count} words");
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Stemmer_matches_lunr_js_on_a_large_english_vocabulary()
    {
        var words = CollectWords();
        var request = new JsonObject
        {
            ["command"] = "stem",
            ["words"] = new JsonArray([.. words.Select(word => (JsonNode)JsonValue.Create(word))]),
        };
        var lunrStems = LunrNode.Run(request).AsArray().Select(node => node!.GetValue<string>()).ToList();

        Assert.Equal(words.Count, lunrStems.Count);
        var mismatches = words
            .Select((word, i) => (Word: word, Lunr: lunrStems[i], CSharp: LunrStemmer.Stem(word)))
            .Where(result => result.Lunr != result.CSharp)
            .Select(result => $"{JsonSerializer.Serialize(result.Word)}: lunr {JsonSerializer.Serialize(result.Lunr)}, C# {JsonSerializer.Serialize(result.CSharp)}")
            .ToList();

        output.WriteLine($"Compared {words.Count} words with lunr.js; {mismatches.Count} differ.");
        Assert.True(words.Count >= 3000, $"Only {words.Count} words to compare");
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Take(30)));
    }

    [Fact]
    public void Tokenizer_and_build_pipeline_match_lunr_js()
    {
        string[] texts =
        [
            "Self-esteem, child-on-child abuse and victim-blaming — explained.",
            "  Leading and trailing   white space\t\tand\ttabs\nand new lines\r\n ",
            "Hyphens: a--b -c d- - e",
            "Stop words: the a an and of to is it you your must not",
            "Punctuation only: ... — & … !! ?? () [] {} \"\" ''",
            "Don't, it's, child's; 'quoted' \"double\" ‘curly’ “curly”",
            "Numbers 999 0800 1111 24/7 16-year-old 2023 3.5 £10 50%",
            "Non-breaking\u00A0space, narrow\u202Fspace, ideographic\u3000space, zero\u200Bwidth, bom\uFEFFhere, nel\u0085here",
            "Line\u2028separator and paragraph\u2029separator, en\u2002quad, ogham\u1680mark",
            "UPPER CASE and MiXeD CaSe GROOMING Groomed",
            "Café naïve résumé façade Ærø ΟΔΥΣΣΕΥΣ Σ ΑΣ. İstanbul straße",
            "Emoji 🙂 safe🙂 🙂safe, CJK 子供の安全, Arabic أمان",
            "snake_case_word __init__ _leading trailing_",
            "",
        ];
        var request = new JsonObject
        {
            ["command"] = "tokenize",
            ["texts"] = new JsonArray([.. texts.Select(text => (JsonNode)JsonValue.Create(text))]),
        };
        var replies = LunrNode.Run(request).AsArray();

        var pipeline = LunrPipeline.CreateBuildPipeline();
        for (var i = 0; i < texts.Length; i++)
        {
            var tokens = LunrTokenizer.Tokenize(texts[i]);
            var expectedTokens = replies[i]!["tokens"]!.AsArray().Select(node => node!.GetValue<string>());
            var expectedTerms = replies[i]!["terms"]!.AsArray().Select(node => node!.GetValue<string>());
            Assert.Equal(expectedTokens, tokens.Select(token => token.Value));
            Assert.Equal(expectedTerms, pipeline.Run(tokens).Select(token => token.Value));
        }
    }

    private static List<string> CollectWords()
    {
        var words = new List<string>();
        words.AddRange(File.ReadLines(LunrNode.Fixture("stemmer-words.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#')));

        // Every word of the corpus, as the tokenizer and trimmer leave it for the stemmer.
        foreach (var document in LunrTestDocument.LoadCorpus())
        {
            foreach (var text in document.Properties.Values)
            {
                words.AddRange(LunrTokenizer.Tokenize(text).Select(token => LunrTrimmer.Trim(token.Value)));
            }
        }

        words.AddRange(Bases.SelectMany(stem => Suffixes, (stem, suffix) => stem + suffix));
        words.AddRange(EdgeWords);
        return [.. words.Distinct(StringComparer.Ordinal)];
    }
}
