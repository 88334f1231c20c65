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

    [Theory]
    [InlineData("format", "\"certificate\"", "format: must be \"sitegen-completion-record\"")]
    [InlineData("passed", "\"yes\"", "passed: must be a boolean, not a string")]
    [InlineData("recordId", "\"1234\"", "recordId: does not match pattern ^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    [InlineData("learner.name", "\"\"", "learner.name: must be at least 1 character(s) long")]
    [InlineData("learner.organisation", null, "learner.organisation: must be at most 200 characters long (it has 201)")]
    [InlineData("durationSeconds", "-1", "durationSeconds: must be at least 0 (it is -1)")]
    [InlineData("percent", "101", "percent: must be at most 100 (it is 101)")]
    [InlineData("attempts", "[]", "attempts: must have at least 1 item(s)")]
    [InlineData("attempts.0.answers.signs", "[]", "attempts[0].answers.signs: must have at least 1 item(s)")]
    [InlineData("attempts.0.answers.signs", "[\"Gifts\"]", "attempts[0].answers.signs[0]: does not match pattern ^[a-z0-9][a-z0-9-]*$")]
    [InlineData("attempts.0.score", "2.5", "attempts[0].score: must be an integer, not a number")]
    [InlineData("confidence.before.spot-signs", "7", "confidence.before.spot-signs: must be at most 5 (it is 7)")]
    [InlineData("pages", "[{\"path\": \"training/level-1/\", \"seconds\": \"60\"}]", "pages[0].seconds: must be an integer, not a string")]
    [InlineData("site.url", "null", "site.url: must be a string, not null")]
    [InlineData("checksum", "\"sha256:ABC\"", "checksum: does not match pattern ^sha256:[0-9a-f]{64}$")]
    [InlineData("module.team name", "\"x\"", "module[\"team name\"]: is not part of the format")]
    [InlineData("started", "\"2026-11-21 09:30\"", "started: does not match pattern ^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$")]
    public void Each_rule_of_the_documented_schema_names_the_field_in_words(string field, string? json, string expected)
    {
        var record = RecordFactory.Make(SampleModule.Level1, "Sam Patel", "Northfield", "Teacher", "NPS-1", null, DateTimeOffset.UtcNow);
        var value = json is null ? JsonValue.Create(new string('x', 201)) : JsonNode.Parse(json);
        var steps = field.Split('.');
        var parent = steps[..^1].Aggregate((JsonNode)record, (node, step) => int.TryParse(step, out var i) ? node[i]! : node[step] ?? (node[step] = new JsonObject()));
        parent[steps[^1]] = value;

        Assert.Equal([expected], Validate(record));
    }

    [Fact]
    public void A_missing_member_at_any_depth_is_named_and_an_enum_or_a_false_schema_is_worded_too()
    {
        var record = RecordFactory.Make(SampleModule.Level1, "Sam Patel", "Northfield", "Teacher", "NPS-1", null, DateTimeOffset.UtcNow);
        record.Remove("checksum");
        record["attempts"]![0]!.AsObject().Remove("number");
        var schema = JsonSchema.Parse("""{"properties": {"kind": {"enum": ["page", 1, null]}, "old": false}}""");
        using var other = JsonDocument.Parse("""{"kind": "quiz", "old": 1}""");

        Assert.Equal(["checksum: is missing", "attempts[0].number: is missing"], Validate(record));
        Assert.Equal(["kind: must be one of \"page\", 1, null", "old: is not allowed here"], schema.Validate(other.RootElement).Select(e => e.ToString()));
    }

    // Where JSON Schema libraries for .NET differ from the browser that writes the records (docs/completion-record.md):
    // JavaScript's \s includes no-break spaces, its . stops at U+2028, a length counts code points not letters as shown,
    // and a string may hold half a surrogate pair.
    [Theory]
    [InlineData("^[^@\\s]+@[^@\\s]+$", "sam\u00a0patel@example.org", false)]
    [InlineData("^a.b$", "a\u2028b", false)]
    [InlineData("^a.b$", "a\u00e9b", true)]
    public void Patterns_use_javascripts_classes_of_characters(string pattern, string text, bool valid)
    {
        var schema = JsonSchema.Parse(JsonSerializer.Serialize(new { type = "string", pattern }));
        using var value = JsonDocument.Parse(JsonSerializer.Serialize(text));

        Assert.Equal(valid, schema.Validate(value.RootElement).Count == 0);
    }

    [Fact]
    public void A_letter_with_a_combining_accent_is_two_characters_as_json_schema_counts_them()
    {
        var schema = JsonSchema.Parse("""{"type": "string", "maxLength": 1}""");
        using var value = JsonDocument.Parse("\"e\\u0301\"");

        Assert.Equal(["the record: must be at most 1 characters long (it has 2)"], schema.Validate(value.RootElement).Select(e => e.ToString()));
    }

    [Fact]
    public void Half_a_surrogate_pair_in_a_value_is_checked_as_javascript_reads_it_not_refused()
    {
        var record = RecordFactory.Make(SampleModule.Level1, "Sam Patel", "Northfield", "Teacher", "NPS-1", null, DateTimeOffset.UtcNow);
        record["attempts"]![0]!["answers"]!["signs"] = new JsonArray("gifts", "gifts");
        var text = record.ToJsonString().Replace("Sam Patel", "Sam \\ud800Patel", StringComparison.Ordinal).Replace("\"Teacher\"", "\"\\udfff\"", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(text);

        Assert.Equal(["attempts[0].answers.signs: has the same item twice (items 0 and 1)"], RecordSchema.Schema.Validate(document.RootElement).Select(e => e.ToString()));
    }

    private static List<string> Validate(JsonObject record)
    {
        using var document = JsonDocument.Parse(record.ToJsonString());
        return [.. RecordSchema.Schema.Validate(document.RootElement).Select(e => e.ToString())];
    }
}
