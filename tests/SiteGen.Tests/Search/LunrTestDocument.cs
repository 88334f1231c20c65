using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteGen.Tests.Search;

/// <summary>A document for both builders: its properties (null for a JSON null) and optional boost.</summary>
internal sealed record LunrTestDocument(IReadOnlyDictionary<string, string?> Properties, double? Boost = null)
{
    public JsonObject ToDriverNode()
    {
        var doc = new JsonObject();
        foreach (var (key, value) in Properties)
        {
            doc[key] = value;
        }

        var node = new JsonObject { ["doc"] = doc };
        if (Boost is { } boost)
        {
            node["boost"] = boost;
        }

        return node;
    }

    public static IReadOnlyList<LunrTestDocument> LoadCorpus()
    {
        using var stream = File.OpenRead(LunrNode.Fixture("corpus.json"));
        using var json = JsonDocument.Parse(stream);
        var documents = new List<LunrTestDocument>();
        foreach (var element in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var properties = new Dictionary<string, string?>(StringComparer.Ordinal);
            double? boost = null;
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "boost")
                {
                    boost = property.Value.GetDouble();
                }
                else
                {
                    properties[property.Name] = property.Value.GetString();
                }
            }

            documents.Add(new LunrTestDocument(properties, boost));
        }

        return documents;
    }
}
