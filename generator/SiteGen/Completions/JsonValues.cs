using System.Text.Json;

namespace SiteGen.Completions;

/// <summary>JSON values compared and described as JSON Schema does: 1 and 1.0 are the same number.</summary>
public static class JsonValues
{
    /// <summary>True when the two values are equal as JSON (objects regardless of member order).</summary>
    /// <param name="a">One value.</param>
    /// <param name="b">The other.</param>
    public static bool Equal(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.Number:
                return a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y) ? x == y : a.GetDouble().Equals(b.GetDouble());
            case JsonValueKind.String:
                return string.Equals(JsonText.Value(a), JsonText.Value(b), StringComparison.Ordinal);
            case JsonValueKind.Array:
                return a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(pair => Equal(pair.First, pair.Second));
            case JsonValueKind.Object:
                var left = a.EnumerateObject().ToList();
                var right = b.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
                return left.Count == right.Count && left.All(p => right.TryGetValue(p.Name, out var other) && Equal(p.Value, other));
            default:
                return true; // true, false, null: the kinds already matched
        }
    }

    /// <summary>True for a number with no fractional part (JSON Schema's "integer": 1.0 is one).</summary>
    /// <param name="value">A number element.</param>
    public static bool IsInteger(JsonElement value) => value.TryGetDecimal(out var d)
        ? d == decimal.Truncate(d)
        : double.IsFinite(value.GetDouble()) && Math.Floor(value.GetDouble()) == value.GetDouble();

    /// <summary>The JSON Schema type name of a value: "integer" for whole numbers.</summary>
    /// <param name="value">Any element.</param>
    public static string TypeOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => IsInteger(value) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
