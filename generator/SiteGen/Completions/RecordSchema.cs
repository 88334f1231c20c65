using System.Reflection;

namespace SiteGen.Completions;

/// <summary>
/// docs/completion-record.schema.json, embedded in this assembly when it is built, so the schema
/// the documentation publishes is the one every record is checked against.
/// </summary>
public static class RecordSchema
{
    /// <summary>The manifest name the project file gives the embedded schema.</summary>
    public const string ResourceName = "SiteGen.Completions.completion-record.schema.json";

    private static readonly Lazy<string> LazyText = new(ReadText);
    private static readonly Lazy<JsonSchema> LazySchema = new(() => JsonSchema.Parse(LazyText.Value));

    /// <summary>The schema's text as embedded.</summary>
    public static string Text => LazyText.Value;

    /// <summary>The compiled schema.</summary>
    public static JsonSchema Schema => LazySchema.Value;

    private static string ReadText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
