using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SiteGen.Completions;

/// <summary>
/// A JSON Schema 2020-12 validator for the keywords SiteGen's schemas use: type, const, enum,
/// required, properties, additionalProperties, pattern, minLength, maxLength, minimum, maximum,
/// items, minItems, uniqueItems and <c>$ref</c> to <c>#/$defs/…</c>, with the annotations
/// $schema, $id, title and description. Loading a schema that uses any other keyword throws,
/// so a schema can never ask for a check that is silently skipped.
/// </summary>
/// <remarks>
/// Hand-made on purpose: records are written by JavaScript, and JsonSchema.Net 8.0.5 (the
/// newest version free for companies) judges them differently. Measured: it accepts
/// <c>"5f0c2e9a7b1d3c48\n"</c> for <c>^[0-9a-f]{16}$</c>, a no-break space where <c>\s</c> is
/// refused and U+2028 where <c>.</c> is used (.NET's <c>RegexOptions.ECMAScript</c> is not
/// ECMA-262); it counts <c>"e\u0301"</c> as one character, not two code points; it reads
/// <c>1e400</c> as an integer (JavaScript reads Infinity); and it throws on a string holding half
/// a surrogate pair, which JavaScript writes and checksums. Its messages name neither the value
/// a keyword wants nor each missing member. Working round that needs own handlers for type,
/// pattern, minLength and maxLength and a wrapper on every other keyword, more code than this,
/// and it evaluated 10,000 records 3.5 to 6 times slower (bench/SiteGen.RecordBench). The tests in
/// JsonSchemaTests pin each of these cases.
/// </remarks>
public sealed class JsonSchema
{
    private const string Dialect = "https://json-schema.org/draft/2020-12/schema";
    private const string DefsPrefix = "#/$defs/";
    private static readonly HashSet<string> TypeNames = ["object", "array", "string", "number", "integer", "boolean", "null"];

    private readonly Node _root;
    private readonly Dictionary<string, Node> _defs;

    private JsonSchema(Node root, Dictionary<string, Node> defs) => (_root, _defs) = (root, defs);

    /// <summary>Reads a schema from JSON text.</summary>
    /// <param name="json">The schema.</param>
    /// <exception cref="NotSupportedException">The schema uses a keyword or form this validator does not implement.</exception>
    public static JsonSchema Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Load(document.RootElement);
    }

    /// <summary>Compiles a schema.</summary>
    /// <param name="schema">The schema's root.</param>
    /// <exception cref="NotSupportedException">The schema uses a keyword or form this validator does not implement.</exception>
    public static JsonSchema Load(JsonElement schema)
    {
        var refs = new List<(string Name, string At)>();
        var defs = new Dictionary<string, Node>(StringComparer.Ordinal);
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$defs", out var defsElement))
        {
            foreach (var def in ObjectOf(defsElement, "#/$defs").EnumerateObject())
            {
                defs[def.Name] = Compile(def.Value, DefsPrefix + def.Name, root: false, refs);
            }
        }

        var root = Compile(schema, "#", root: true, refs);
        foreach (var (name, at) in refs.Where(r => !defs.ContainsKey(r.Name)))
        {
            throw new NotSupportedException($"{at}: $ref names '{DefsPrefix}{name}', which $defs does not define.");
        }

        return new JsonSchema(root, defs);
    }

    /// <summary>Every way <paramref name="instance"/> breaks the schema; empty when it is valid.</summary>
    /// <param name="instance">The document to check.</param>
    public IReadOnlyList<SchemaError> Validate(JsonElement instance)
    {
        var errors = new List<SchemaError>();
        Check(instance, _root, "", errors);
        return errors;
    }

    private void Check(JsonElement value, Node node, string path, List<SchemaError> errors)
    {
        if (node.Ref is { } reference)
        {
            Check(value, _defs[reference], path, errors);
        }

        if (node.Never)
        {
            errors.Add(new SchemaError(path, "is not allowed here"));
            return;
        }

        var type = JsonValues.TypeOf(value);
        if (node.Types is { } types && !types.Any(t => t == type || (t == "number" && type == "integer")))
        {
            errors.Add(new SchemaError(path, $"must be {string.Join(" or ", types.Select(Article))}, not {Article(type)}"));
            return;
        }

        if (node.Const is { } constant && !JsonValues.Equal(value, constant))
        {
            errors.Add(new SchemaError(path, $"must be {constant.GetRawText()}"));
        }

        if (node.Enum is { } choices && !choices.Any(c => JsonValues.Equal(value, c)))
        {
            errors.Add(new SchemaError(path, $"must be one of {string.Join(", ", choices.Select(c => c.GetRawText()))}"));
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                CheckString(JsonText.Value(value), node, path, errors);
                break;
            case JsonValueKind.Number:
                CheckNumber(value, node, path, errors);
                break;
            case JsonValueKind.Object:
                CheckObject(value, node, path, errors);
                break;
            case JsonValueKind.Array:
                CheckArray(value, node, path, errors);
                break;
        }
    }

    private static void CheckString(string text, Node node, string path, List<SchemaError> errors)
    {
        // JSON Schema counts characters as code points: a lone surrogate counts as one.
        var length = text.EnumerateRunes().Count();
        if (length < node.MinLength)
        {
            errors.Add(new SchemaError(path, $"must be at least {node.MinLength} character(s) long"));
        }

        if (length > node.MaxLength)
        {
            errors.Add(new SchemaError(path, $"must be at most {node.MaxLength} characters long (it has {length})"));
        }

        if (node.Pattern is { } pattern && !pattern.Regex.IsMatch(text))
        {
            errors.Add(new SchemaError(path, $"does not match pattern {pattern.Text}"));
        }
    }

    private static void CheckNumber(JsonElement value, Node node, string path, List<SchemaError> errors)
    {
        var number = value.TryGetDecimal(out var d) ? d : (decimal?)null;
        var big = number is null ? value.GetDouble() : 0; // outside decimal's range: compare as double
        if (node.Minimum is { } min && (number is { } n1 ? n1 < min : big < (double)min))
        {
            errors.Add(new SchemaError(path, $"must be at least {min.ToString(CultureInfo.InvariantCulture)} (it is {value.GetRawText()})"));
        }

        if (node.Maximum is { } max && (number is { } n2 ? n2 > max : big > (double)max))
        {
            errors.Add(new SchemaError(path, $"must be at most {max.ToString(CultureInfo.InvariantCulture)} (it is {value.GetRawText()})"));
        }
    }

    private void CheckObject(JsonElement value, Node node, string path, List<SchemaError> errors)
    {
        foreach (var name in node.Required.Where(name => !value.TryGetProperty(name, out _)))
        {
            errors.Add(new SchemaError(Child(path, name), "is missing"));
        }

        foreach (var property in value.EnumerateObject())
        {
            var at = Child(path, property.Name);
            if (node.Properties.TryGetValue(property.Name, out var known))
            {
                Check(property.Value, known, at, errors);
            }
            else if (node.Additional is { Never: true, Ref: null })
            {
                errors.Add(new SchemaError(at, "is not part of the format"));
            }
            else if (node.Additional is { } additional)
            {
                Check(property.Value, additional, at, errors);
            }
        }
    }

    private void CheckArray(JsonElement value, Node node, string path, List<SchemaError> errors)
    {
        var items = value.EnumerateArray().ToList();
        if (items.Count < node.MinItems)
        {
            errors.Add(new SchemaError(path, $"must have at least {node.MinItems} item(s)"));
        }

        if (node.UniqueItems)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var first = items.FindIndex(0, i, other => JsonValues.Equal(other, items[i]));
                if (first >= 0)
                {
                    errors.Add(new SchemaError(path, $"has the same item twice (items {first} and {i})"));
                }
            }
        }

        if (node.Items is { } itemSchema)
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(items[i], itemSchema, $"{path}[{i}]", errors);
            }
        }
    }

    private static Node Compile(JsonElement schema, string at, bool root, List<(string Name, string At)> refs)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return new Node { Never = schema.ValueKind == JsonValueKind.False };
        }

        var node = new Node();
        foreach (var keyword in ObjectOf(schema, at).EnumerateObject())
        {
            var value = keyword.Value;
            var here = $"{at}/{keyword.Name}";
            switch (keyword.Name)
            {
                case "$schema" when root:
                    if (value.ValueKind != JsonValueKind.String || value.GetString() != Dialect)
                    {
                        throw new NotSupportedException($"{here}: only JSON Schema 2020-12 ({Dialect}) is supported.");
                    }

                    break;
                case "$defs" when root:
                    break; // compiled first, by Load
                case "$id" or "title" or "description":
                    break; // annotations: they change nothing that is checked
                case "type":
                    node.Types = value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(t => TypeName(t, here))] : [TypeName(value, here)];
                    break;
                case "const":
                    node.Const = value.Clone();
                    break;
                case "enum":
                    node.Enum = [.. ArrayOf(value, here).EnumerateArray().Select(v => v.Clone())];
                    break;
                case "required":
                    node.Required = [.. ArrayOf(value, here).EnumerateArray().Select(v => StringOf(v, here))];
                    break;
                case "properties":
                    foreach (var property in ObjectOf(value, here).EnumerateObject())
                    {
                        node.Properties[property.Name] = Compile(property.Value, $"{here}/{property.Name}", root: false, refs);
                    }

                    break;
                case "additionalProperties":
                    node.Additional = Compile(value, here, root: false, refs);
                    break;
                case "items" when value.ValueKind != JsonValueKind.Array:
                    node.Items = Compile(value, here, root: false, refs);
                    break;
                case "pattern":
                    var pattern = StringOf(value, here);
                    node.Pattern = (EcmaPattern.ToRegex(pattern), pattern);
                    break;
                case "minLength":
                    node.MinLength = Count(value, here);
                    break;
                case "maxLength":
                    node.MaxLength = Count(value, here);
                    break;
                case "minItems":
                    node.MinItems = Count(value, here);
                    break;
                case "minimum":
                    node.Minimum = NumberOf(value, here);
                    break;
                case "maximum":
                    node.Maximum = NumberOf(value, here);
                    break;
                case "uniqueItems" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    node.UniqueItems = value.GetBoolean();
                    break;
                case "$ref":
                    var target = StringOf(value, here);
                    if (!target.StartsWith(DefsPrefix, StringComparison.Ordinal) || target[DefsPrefix.Length..].Contains('/', StringComparison.Ordinal))
                    {
                        throw new NotSupportedException($"{here}: only $ref to {DefsPrefix}<name> is supported, not '{target}'.");
                    }

                    node.Ref = target[DefsPrefix.Length..];
                    refs.Add((node.Ref, here));
                    break;
                default:
                    throw new NotSupportedException(
                        $"{here}: the keyword '{keyword.Name}' (or this form of it) is not supported by SiteGen's schema validator, so it would not be checked. " +
                        "Support it in generator/SiteGen/Completions/JsonSchema.cs, or leave it out of the schema.");
            }
        }

        return node;
    }

    private static string Child(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            ? (path.Length == 0 ? name : $"{path}.{name}")
            : $"{path}[{JsonSerializer.Serialize(name, Output.JsonValues.Default.String)}]";

    private static string Article(string type) => type switch
    {
        "object" or "array" or "integer" => "an " + type,
        "null" => "null",
        _ => "a " + type,
    };

    private static string TypeName(JsonElement value, string at)
    {
        var name = StringOf(value, at);
        return TypeNames.Contains(name) ? name : throw new NotSupportedException($"{at}: '{name}' is not a JSON Schema type.");
    }

    private static JsonElement ObjectOf(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.Object ? value : throw new NotSupportedException($"{at}: expected a schema object, found {value.ValueKind}.");

    private static JsonElement ArrayOf(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.Array ? value : throw new NotSupportedException($"{at}: expected an array.");

    private static string StringOf(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new NotSupportedException($"{at}: expected a string.");

    private static decimal NumberOf(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number : throw new NotSupportedException($"{at}: expected a number.");

    private static int Count(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) && count >= 0 ? count : throw new NotSupportedException($"{at}: expected a non-negative integer.");

    private sealed class Node
    {
        public bool Never { get; init; }

        public string[]? Types { get; set; }

        public JsonElement? Const { get; set; }

        public JsonElement[]? Enum { get; set; }

        public string[] Required { get; set; } = [];

        public Dictionary<string, Node> Properties { get; } = new(StringComparer.Ordinal);

        public Node? Additional { get; set; }

        public (Regex Regex, string Text)? Pattern { get; set; }

        public int? MinLength { get; set; }

        public int? MaxLength { get; set; }

        public int? MinItems { get; set; }

        public decimal? Minimum { get; set; }

        public decimal? Maximum { get; set; }

        public Node? Items { get; set; }

        public bool UniqueItems { get; set; }

        public string? Ref { get; set; }
    }
}
