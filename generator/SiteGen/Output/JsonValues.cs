using System.Text.Json.Serialization;

namespace SiteGen.Output;

/// <summary>
/// JSON for plain values: a string, a list of strings, a map of strings. Like every type SiteGen
/// writes as JSON, these are described by System.Text.Json's source generator when SiteGen is
/// compiled, not found by reflection as it runs: so the command also runs compiled ahead of time
/// to native code (see SiteGen.Cli.csproj), which can make no code as it runs. Each file that
/// writes a record of its own has its context beside the record.
/// </summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(IEnumerable<string>))]
[JsonSerializable(typeof(SortedDictionary<string, string>))]
internal sealed partial class JsonValues : JsonSerializerContext;
