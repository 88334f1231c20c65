using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteGen.Search.Lunr;

/// <summary>
/// A built lunr index, ready to serialise into the JSON that lunr.js 2.3.9's
/// <c>lunr.Index.load</c> reads: the same shape as <c>JSON.stringify(index)</c>.
/// Create one with <see cref="LunrIndexBuilder"/>.
/// </summary>
public sealed class LunrIndex
{
    /// <summary>The lunr.js version whose format this is, written as <c>version</c>.</summary>
    public const string Version = "2.3.9";

    private const string TermIndexKey = "_index";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // JSON.stringify escapes only quotes, backslashes and control characters; keep the
        // output as close to that as System.Text.Json allows.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    internal LunrIndex(
        IReadOnlyList<string> fields,
        IReadOnlyList<LunrFieldVector> fieldVectors,
        IReadOnlyList<LunrPosting> invertedIndex,
        IReadOnlyList<string> pipeline)
    {
        Fields = fields;
        FieldVectors = fieldVectors;
        InvertedIndex = invertedIndex;
        Pipeline = pipeline;
    }

    /// <summary>The indexed fields, in lunr's order.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>One vector per field per document, in the order the documents were added.</summary>
    public IReadOnlyList<LunrFieldVector> FieldVectors { get; }

    /// <summary>The inverted index, sorted by term (ordinal, as JavaScript's default sort).</summary>
    public IReadOnlyList<LunrPosting> InvertedIndex { get; }

    /// <summary>The labels of the search pipeline, e.g. <c>["stemmer"]</c>.</summary>
    public IReadOnlyList<string> Pipeline { get; }

    /// <summary>Serialises the index as <c>JSON.stringify(index)</c> would in lunr.js.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        WriteJson(stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the serialised index to <paramref name="utf8Json"/> as UTF-8.</summary>
    public void WriteJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        WriteJson(writer);
    }

    /// <summary>Writes the serialised index, one JSON object, to <paramref name="writer"/>.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("version", Version);

        writer.WriteStartArray("fields");
        foreach (var field in Fields)
        {
            writer.WriteStringValue(field);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("fieldVectors");
        foreach (var vector in FieldVectors)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(vector.FieldRef);
            writer.WriteStartArray();
            foreach (var element in vector.Elements)
            {
                writer.WriteNumberValue(element.TermIndex);
                WriteNumber(writer, element.Score);
            }

            writer.WriteEndArray();
            writer.WriteEndArray();
        }

        writer.WriteEndArray();

        // A posting is a JavaScript object: "_index" and the fields, in enumeration order.
        var postingKeys = JsPropertyOrder.Order([TermIndexKey, .. Fields]);
        writer.WriteStartArray("invertedIndex");
        foreach (var posting in InvertedIndex)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(posting.Term);
            WritePosting(writer, posting, postingKeys);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("pipeline");
        foreach (var label in Pipeline)
        {
            writer.WriteStringValue(label);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WritePosting(Utf8JsonWriter writer, LunrPosting posting, List<string> keys)
    {
        var byField = posting.Fields.ToDictionary(field => field.Field, StringComparer.Ordinal);
        writer.WriteStartObject();
        foreach (var key in keys)
        {
            if (key == TermIndexKey)
            {
                writer.WriteNumber(TermIndexKey, posting.TermIndex);
                continue;
            }

            writer.WriteStartObject(key);
            if (byField.TryGetValue(key, out var field))
            {
                foreach (var documentRef in field.DocumentRefs)
                {
                    // No metadata is whitelisted, so every posting entry is an empty object.
                    writer.WriteStartObject(documentRef);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteRawValue(JsNumber.ToJson(value), skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
