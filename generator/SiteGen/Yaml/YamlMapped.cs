using SiteGen.Diagnostics;

namespace SiteGen.Yaml;

/// <summary>
/// Base of every type read from YAML. The binder records where each value stood, so a later
/// stage (an unknown audience, a missing page) can report the exact line and column.
/// </summary>
public abstract class YamlMapped
{
    private readonly Dictionary<string, SourceLocation> _valueLocations = new(StringComparer.Ordinal);

    /// <summary>Where the mapping itself starts.</summary>
    public SourceLocation Location { get; internal set; }

    /// <summary>
    /// Where the value of a property stood, or the mapping's own location when it was absent.
    /// </summary>
    /// <param name="propertyName">The C# property name (use <c>nameof</c>).</param>
    /// <param name="index">For a list, the item's index.</param>
    public SourceLocation LocationOf(string propertyName, int? index = null)
    {
        var key = index is null ? propertyName : $"{propertyName}[{index}]";
        return _valueLocations.TryGetValue(key, out var location) ? location
            : _valueLocations.TryGetValue(propertyName, out var whole) ? whole
            : Location;
    }

    internal void SetLocation(string key, SourceLocation location) => _valueLocations[key] = location;
}
