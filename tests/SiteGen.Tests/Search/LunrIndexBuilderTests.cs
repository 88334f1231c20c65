using System.Text.Json;
using SiteGen.Search.Lunr;

namespace SiteGen.Tests.Search;

/// <summary>The builder's API and the JavaScript number and key behaviour it relies on, without node.</summary>
public sealed class LunrIndexBuilderTests
{
    [Fact]
    public void Built_index_has_lunr_serialised_shape()
    {
        var builder = new LunrIndexBuilder();
        builder.Ref("id");
        builder.Field("title", boost: 10);
        builder.Field("body");
        builder.Add(new Dictionary<string, string?> { ["id"] = "/missing/", ["title"] = "Going missing", ["body"] = "Missing from home." });
        builder.Add(new Dictionary<string, string?> { ["id"] = "/consent/", ["title"] = "Consent" });

        using var json = JsonDocument.Parse(builder.Build().ToJson());
        var root = json.RootElement;

        Assert.Equal(["version", "fields", "fieldVectors", "invertedIndex", "pipeline"], root.EnumerateObject().Select(property => property.Name));
        Assert.Equal("2.3.9", root.GetProperty("version").GetString());
        Assert.Equal(["title", "body"], root.GetProperty("fields").EnumerateArray().Select(field => field.GetString()));
        Assert.Equal(["stemmer"], root.GetProperty("pipeline").EnumerateArray().Select(label => label.GetString()));
        Assert.Equal(
            ["title//missing/", "body//missing/", "title//consent/", "body//consent/"],
            root.GetProperty("fieldVectors").EnumerateArray().Select(vector => vector[0].GetString()));

        var terms = root.GetProperty("invertedIndex").EnumerateArray().Select(entry => entry[0].GetString()).ToList();
        Assert.Equal(["consent", "go", "home", "miss"], terms);
        var miss = root.GetProperty("invertedIndex")[3][1];
        Assert.Equal(1, miss.GetProperty("_index").GetInt32());
        Assert.Equal("{}", miss.GetProperty("title").GetProperty("/missing/").GetRawText());
        Assert.Equal("{}", miss.GetProperty("body").GetProperty("/missing/").GetRawText());
    }

    [Fact]
    public void Missing_field_gives_an_empty_vector()
    {
        var builder = new LunrIndexBuilder();
        builder.Field("title");
        builder.Field("tags");
        builder.Add(new Dictionary<string, string?> { ["id"] = "a", ["title"] = "Helplines" });

        var index = builder.Build();

        Assert.Equal(["title/a", "tags/a"], index.FieldVectors.Select(vector => vector.FieldRef));
        Assert.Empty(index.FieldVectors[1].Elements);
        Assert.Equal(1, builder.DocumentCount);
    }

    [Fact]
    public void Field_names_with_a_slash_or_clashing_with_the_term_index_are_refused()
    {
        var builder = new LunrIndexBuilder();
        Assert.Throws<ArgumentException>(() => builder.Field("a/b"));
        Assert.Throws<ArgumentException>(() => builder.Field("_index"));
    }

    [Fact]
    public void Ref_and_fields_cannot_change_after_documents_are_added()
    {
        var builder = new LunrIndexBuilder();
        builder.Field("title");
        builder.Add(new Dictionary<string, string?> { ["id"] = "a", ["title"] = "One" });

        Assert.Throws<InvalidOperationException>(() => builder.Field("body"));
        Assert.Throws<InvalidOperationException>(() => builder.Ref("slug"));
    }

    [Fact]
    public void Document_without_a_ref_is_refused()
    {
        var builder = new LunrIndexBuilder();
        builder.Field("title");

        Assert.Throws<ArgumentException>(() => builder.Add(new Dictionary<string, string?> { ["title"] = "No ref" }));
        Assert.Throws<ArgumentException>(() => builder.Add(new Dictionary<string, string?> { ["id"] = null, ["title"] = "Null ref" }));
    }

    [Fact]
    public void B_is_clamped_to_the_unit_interval()
    {
        var builder = new LunrIndexBuilder { B = 2 };
        Assert.Equal(1, builder.B);
        builder.B = -1;
        Assert.Equal(0, builder.B);
        Assert.Equal(1.2, builder.K1);
    }

    [Fact]
    public void Pipelines_are_lunr_defaults()
    {
        var builder = new LunrIndexBuilder();

        Assert.Equal(["trimmer", "stopWordFilter", "stemmer"], builder.Pipeline.Labels);
        Assert.Equal(["stemmer"], builder.SearchPipeline.Labels);
        Assert.Equal(["groom"], builder.SearchPipeline.RunString("grooming"));
        Assert.Empty(builder.Pipeline.RunString("the"));
        Assert.Equal([""], builder.Pipeline.RunString("—"));
    }

    [Fact]
    public void Tokenizer_handles_null_and_arrays_as_lunr_does()
    {
        Assert.Empty(LunrTokenizer.Tokenize((string?)null));
        Assert.Empty(LunrTokenizer.Tokenize((IEnumerable<string?>?)null));
        Assert.Equal(["online safety", "", "cse"], LunrTokenizer.Tokenize(["Online Safety", null, "CSE"]).Select(token => token.Value));

        var tokens = LunrTokenizer.Tokenize("Self-esteem  matters");
        Assert.Equal(
            [new LunrToken("self", 0, 4, 0), new LunrToken("esteem", 5, 6, 1), new LunrToken("matters", 13, 7, 2)],
            tokens);
    }

    [Theory]
    [InlineData("Self-esteem  matters")]
    [InlineData("--Leading and trailing--")]
    [InlineData("\u00A0no\u2003break\tTab\r\nLine\uFEFF")]
    [InlineData("")]
    [InlineData(" - ")]
    [InlineData("İstanbul ÉCOLE")]
    public void Token_spans_are_the_tokens(string text)
    {
        // The index reads words as spans; the stemmer's parity with lunr.js is tested on Tokenize.
        var spans = new List<string>();
        foreach (var token in LunrTokenizer.Spans(text))
        {
            spans.Add(token.ToString());
        }

        Assert.Equal(LunrTokenizer.Tokenize(text).Select(token => token.Value), spans);
    }

    [Fact]
    public void Stop_word_list_is_lunr_english_list()
    {
        Assert.Equal(119, LunrStopWordFilter.Words.Count);
        Assert.True(LunrStopWordFilter.IsStopWord("the"));
        Assert.True(LunrStopWordFilter.IsStopWord("twas"));
        Assert.False(LunrStopWordFilter.IsStopWord("grooming"));
        Assert.False(LunrStopWordFilter.IsStopWord("The"));
    }

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(0.0, "0")]
    [InlineData(1.5, "1.5")]
    [InlineData(12.345, "12.345")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(100.0, "100")]
    [InlineData(1e21, "1e+21")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.23e-18, "1.23e-18")]
    [InlineData(-2.5e-8, "-2.5e-8")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(double.NaN, "null")]
    [InlineData(double.PositiveInfinity, "null")]
    public void Numbers_are_written_as_JavaScript_writes_them(double value, string expected)
    {
        Assert.Equal(expected, JsNumber.ToJson(value));
    }

    [Fact]
    public void Negative_zero_is_written_as_zero()
    {
        Assert.Equal("0", JsNumber.ToJson(-0.0));
    }

    [Theory]
    [InlineData(2.5, 3.0)]
    [InlineData(-2.5, -2.0)]
    [InlineData(0.49999999999999994, 0.0)]
    [InlineData(1234.4999, 1234.0)]
    [InlineData(1234.5, 1235.0)]
    public void Rounding_is_JavaScript_Math_round(double value, double expected)
    {
        Assert.Equal(expected, JsNumber.Round(value));
    }

    [Theory]
    [InlineData(1.0, 0x0000000000000000L)]
    [InlineData(2.0, 0x3FE62E42FEFA39EFL)]
    [InlineData(10.0, 0x40026BB1BBB55516L)]
    [InlineData(1.5, 0x3FD9F323ECBF984CL)]
    public void Logarithm_is_bit_for_bit_V8_Math_log(double value, long expectedBits)
    {
        Assert.Equal(expectedBits, BitConverter.DoubleToInt64Bits(JsNumber.Log(value)));
    }

    [Fact]
    public void Object_keys_follow_JavaScript_enumeration_order()
    {
        Assert.Equal(
            ["2", "10", "4294967294", "b", "4294967295", "01", "_index", "-1", "a"],
            JsPropertyOrder.Order(["b", "4294967295", "4294967294", "01", "10", "2", "_index", "-1", "a"]));
    }
}
