using System.Text.Json;
using SiteGen.Completions;

namespace SiteGen.Tests.Completions;

/// <summary>
/// The checksum must be byte for byte what the learner's browser computes, or every genuine
/// record would be rejected: RFC 8785 with JavaScript's string escaping and number format.
/// </summary>
public sealed class RecordChecksumTests
{
    // Tricky on purpose: control characters, lone surrogates, a pair that sorts differently by
    // UTF-16 code units than by code points, U+2028, "</script>", and numbers in every layout.
    private const string Values = """
        [
          {"b": 1, "a": "é\n\u0001", "c": [true, null]},
          "\u0001\u001f\u007f\ud800é\udc00\"\\/\b\f\n\r\t\u2028</script>",
          {"\uff61": 1, "\ud83d\ude00": 2, "a": 3, "B": 4, "": 5, "\u00e9": 6},
          [1e21, 1e20, 1.5e-7, 0.000001, -0, 123.456, 5e-324, 1.7976931348623157e308, 100, 2.50, -12, 1E2, 0.1, 9007199254740993, 1e400],
          {"nested": {"z": [], "y": {}, "x": [{"b": "\ud83d\ude00", "a": "\udbff"}]}}
        ]
        """;

    [Fact]
    public void Canonical_form_sorts_members_and_escapes_strings_as_json_stringify_does()
    {
        using var document = JsonDocument.Parse("""{"b":1,"a":"é\n\u0001","c":[true,null]}""");

        var canonical = JsonCanonicalizer.Canonicalize(document.RootElement);

        Assert.Equal("{\"a\":\"é\\n\\u0001\",\"b\":1,\"c\":[true,null]}", canonical);
    }

    [Fact]
    public void Lone_surrogates_are_escaped_in_lower_case_and_pairs_are_kept_as_characters()
    {
        var text = new System.Text.StringBuilder();

        JsonCanonicalizer.WriteString(text, "\ud800x\ud83d\ude00\udfff\u001F");

        Assert.Equal("\"\\ud800x\ud83d\ude00\\udfff\\u001f\"", text.ToString());
    }

    [Fact]
    public void Canonical_forms_and_checksums_match_javascript_for_tricky_strings_keys_and_numbers()
    {
        var node = NodeJcs.Canonicalize(Values);
        using var document = JsonDocument.Parse(Values);

        var ours = document.RootElement.EnumerateArray().Select(v => JsonCanonicalizer.Canonicalize(v)).ToList();

        Assert.Equal(node.Select(n => n.Canonical), ours);
    }

    [Fact]
    public void A_record_checksum_is_the_one_javascript_computes_without_the_checksum_member()
    {
        var record = RecordFactory.Make(SampleModule.Level1, "Zoë O'Brien-Ñúñez \ud83d\ude00", "St Mary's <Primary>", "Teacher", "NPS-1", null,
            new DateTimeOffset(2026, 11, 21, 9, 51, 40, 2, TimeSpan.Zero), SampleModule.Level1.Answers(wrong: 2), SampleModule.Level1.Answers());
        var json = record.ToJsonString();

        var node = NodeJcs.Canonicalize($"[{json}]").Single();

        Assert.Equal("sha256:" + node.Sha256, record["checksum"]!.GetValue<string>());
    }
}
