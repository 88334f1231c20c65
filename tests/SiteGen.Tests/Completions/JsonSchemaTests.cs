using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Completions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Completions;

/// <summary>
/// The schema in docs/ is the one enforced: the report embeds it, the validator refuses any
/// keyword it would not check, and its errors name the field that is wrong.
/// </summary>
public sealed class JsonSchemaTests
{
    private static string DocsSchema => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "completion-record.schema.json"));

    [Fact]
    public void The_documented_schema_is_the_one_embedded_and_every_keyword_in_it_is_supported()
    {
        Assert.Equal(DocsSchema, RecordSchema.Text);

        var schema = JsonSchema.Parse(DocsSchema); // throws if someone adds a keyword the validator does not check

        using var valid = JsonDocument.Parse(RecordFactory.Make(SampleModule.Level1, "Sam Patel", "Northfield", "Teacher", "NPS-1", null, DateTimeOffset.UtcNow).ToJsonString());
        Assert.Empty(schema.Validate(valid.RootElement));
    }

    [Theory]
    [InlineData("format", "\"email\"")]
    [InlineData("if", "{}")]
    [InlineData("prefixItems", "[]")]
    [InlineData("$ref", "\"https://example.org/other.json\"")]
    public void A_keyword_the_validator_does_not_check_is_refused_when_the_schema_is_loaded(string keyword, string value)
    {
        var schema = JsonNode.Parse(DocsSchema)!;
        schema["properties"]!["learner"]!["properties"]!["email"]![keyword] = JsonNode.Parse(value);

        var refused = Assert.Throws<NotSupportedException>(() => JsonSchema.Parse(schema.ToJsonString()));

        Assert.Contains("#/properties/learner/properties/email/" + keyword, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_name_the_field_and_the_rule_without_repeating_the_value()
    {
        var record = RecordFactory.Make(SampleModule.Level1, "Sam Patel", "Northfield", "Teacher", "NPS-1", null, DateTimeOffset.UtcNow);
        record["learner"]!["email"] = "sam.patel at example.org";
        record["learner"]!["staffId"] = 142;
        record["learner"]!["phone"] = "0300 555 0199";
        record["learner"]!.AsObject().Remove("role");
        record["attempts"]![0]!["answers"]!["signs"] = new JsonArray("gifts", "gifts");
        record["formatVersion"] = 2;

        var errors = Validate(record);

        Assert.Equal(
        [
            "formatVersion: must be 1",
            "learner.role: is missing",
            "learner.staffId: must be a string or null, not an integer",
            "learner.email: does not match pattern ^[^@\\s]+@[^@\\s]+$",
            "learner.phone: is not part of the format",
            "attempts[0].answers.signs: has the same item twice (items 0 and 1)",
        ], errors);
        Assert.DoesNotContain(errors, e => e.Contains("sam.patel", StringComparison.Ordinal) || e.Contains("0300", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("5f0c2e9a7b1d3c48\n", false)] // .NET's $ alone would match before the final line break
    [InlineData("5f0c2e9a7b1d3c48", true)]
    public void Patterns_anchor_as_javascript_does(string version, bool valid)
    {
        var record = RecordFactory.Make(SampleModule.Level1, "Sam Patel", "Northfield", "Teacher", "NPS-1", null, DateTimeOffset.UtcNow);
        record["module"]!["version"] = version;

        Assert.Equal(valid, Validate(record).Count == 0);
    }

    [Fact]
    public void Backslash_d_means_ascii_digits_only_as_in_javascript()
    {
        var record = RecordFactory.Make(SampleModule.Level1, "Sam Patel", "Northfield", "Teacher", "NPS-1", null, DateTimeOffset.UtcNow);
        record["completedOn"] = "٢٠٢٦-١١-٢١"; // Arabic-Indic digits: .NET's \d would accept them

        Assert.Equal(["completedOn: does not match pattern ^\\d{4}-\\d{2}-\\d{2}$"], Validate(record));
    }

    [Theory]
    [InlineData("\ud83d\ude00\ud83d\ude00", true)] // two code points, four UTF-16 units
    [InlineData("abc", false)]
    public void Lengths_count_code_points(string text, bool valid)
    {
        var schema = JsonSchema.Parse("""{"type": "string", "minLength": 2, "maxLength": 2}""");
        using var value = JsonDocument.Parse(JsonSerializer.Serialize(text));

        Assert.Equal(valid, schema.Validate(value.RootElement).Count == 0);
    }

    [Fact]
    public void Whole_numbers_written_with_a_fraction_are_integers_and_minimum_and_maximum_hold()
    {
        var schema = JsonSchema.Parse("""{"type": "integer", "minimum": 1, "maximum": 5}""");

        string[] Check(string json)
        {
            using var value = JsonDocument.Parse(json);
            return [.. schema.Validate(value.RootElement).Select(e => e.ToString())];
        }

        Assert.Empty(Check("5.0"));
        Assert.Equal(["the record: must be an integer, not a number"], Check("4.5"));
        Assert.Equal(["the record: must be at most 5 (it is 6)"], Check("6"));
        Assert.Equal(["the record: must be at least 1 (it is 0)"], Check("0"));
    }

    [Fact]
    public void A_number_too_large_for_javascript_is_a_schema_error_and_still_has_a_checksum()
    {
        var record = RecordFactory.Make(SampleModule.Level1, "Sam Patel", "Northfield", "Teacher", "NPS-1", null, DateTimeOffset.UtcNow);
        record["durationSeconds"] = JsonNode.Parse("1e400");
        using var document = JsonDocument.Parse(record.ToJsonString());

        Assert.Equal(["durationSeconds: must be an integer, not a number"], Validate(record));
        Assert.Contains("\"durationSeconds\":null", JsonCanonicalizer.Canonicalize(document.RootElement), StringComparison.Ordinal);
    }

    private static List<string> Validate(JsonObject record)
    {
        using var document = JsonDocument.Parse(record.ToJsonString());
        return [.. RecordSchema.Schema.Validate(document.RootElement).Select(e => e.ToString())];
    }
}
