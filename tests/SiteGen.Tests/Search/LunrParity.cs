using System.Globalization;
using System.Text.Json;
using SiteGen.Search.Lunr;

namespace SiteGen.Tests.Search;

/// <summary>Shared pieces of the parity tests: the corpus set-up, the C# build, the JSON comparison.</summary>
internal static class LunrParity
{
    /// <summary>Numbers in the two serialised indexes may differ by this much and still count as equal.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>The corpus fields and their boosts, in declaration order.</summary>
    public static IReadOnlyList<(string Name, double? Boost)> CorpusFields { get; } =
        [("title", 10), ("headings", 5), ("body", 1), ("tags", 3)];

    private static readonly Lazy<(string CSharp, string LunrJs)> CorpusIndexes = new(() =>
    {
        var documents = LunrTestDocument.LoadCorpus();
        return (BuildWithCSharp("id", CorpusFields, documents), LunrNode.BuildIndex("id", CorpusFields, documents));
    });

    /// <summary>The corpus indexed by <see cref="LunrIndexBuilder"/>.</summary>
    public static string CorpusIndexFromCSharp => CorpusIndexes.Value.CSharp;

    /// <summary>The corpus indexed by lunr.js: <c>JSON.stringify(index)</c>.</summary>
    public static string CorpusIndexFromLunrJs => CorpusIndexes.Value.LunrJs;

    public static string BuildWithCSharp(
        string reference, IEnumerable<(string Name, double? Boost)> fields, IEnumerable<LunrTestDocument> documents)
    {
        var builder = new LunrIndexBuilder();
        builder.Ref(reference);
        foreach (var (name, boost) in fields)
        {
            builder.Field(name, boost ?? 1);
        }

        foreach (var document in documents)
        {
            builder.Add(document.Properties, document.Boost ?? 1);
        }

        return builder.Build().ToJson();
    }

    /// <summary>
    /// Fails unless the two JSON texts have the same structure: the same kinds of value, the same
    /// property names in the same order, equal strings, and numbers within <see cref="Tolerance"/>.
    /// </summary>
    public static void AssertJsonEquivalent(string expectedJson, string actualJson)
    {
        using var expected = JsonDocument.Parse(expectedJson);
        using var actual = JsonDocument.Parse(actualJson);
        var differences = new List<string>();
        Compare(expected.RootElement, actual.RootElement, "$", differences);
        if (differences.Count > 0)
        {
            Assert.Fail($"{differences.Count} difference(s), lunr.js first, C# second:\n" + string.Join('\n', differences.Take(25)));
        }
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path, List<string> differences)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            differences.Add($"{path}: {expected.ValueKind} vs {actual.ValueKind}");
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedNames = expected.EnumerateObject().Select(property => property.Name).ToList();
                var actualNames = actual.EnumerateObject().Select(property => property.Name).ToList();
                if (!expectedNames.SequenceEqual(actualNames, StringComparer.Ordinal))
                {
                    differences.Add($"{path}: keys [{string.Join(", ", expectedNames)}] vs [{string.Join(", ", actualNames)}]");
                    return;
                }

                foreach (var name in expectedNames)
                {
                    Compare(expected.GetProperty(name), actual.GetProperty(name), $"{path}.{name}", differences);
                }

                break;

            case JsonValueKind.Array:
                var expectedLength = expected.GetArrayLength();
                var actualLength = actual.GetArrayLength();
                if (expectedLength != actualLength)
                {
                    differences.Add($"{path}: {expectedLength} elements vs {actualLength}");
                }

                for (var i = 0; i < Math.Min(expectedLength, actualLength); i++)
                {
                    var label = expected[i].ValueKind == JsonValueKind.String && i == 0 ? $"[{expected[i].GetString()}]" : $"[{i}]";
                    Compare(expected[i], actual[i], path + label, differences);
                }

                break;

            case JsonValueKind.String:
                if (!string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal))
                {
                    differences.Add($"{path}: \"{expected.GetString()}\" vs \"{actual.GetString()}\"");
                }

                break;

            case JsonValueKind.Number:
                var a = expected.GetDouble();
                var b = actual.GetDouble();
                if (Math.Abs(a - b) > Tolerance)
                {
                    differences.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: {a} vs {b}"));
                }

                break;

            default:
                break;
        }
    }
}
