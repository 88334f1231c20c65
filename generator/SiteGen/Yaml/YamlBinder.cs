using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Yaml;

/// <summary>
/// Reads YAML strictly into typed objects: an unknown or misspelt key, a value of the wrong type
/// or a missing <c>required</c> member is reported with its line and column, and reading goes on
/// so that every problem of a file is reported at once.
/// </summary>
/// <remarks>
/// Properties map to snake_case keys. Supported: string, int, double, bool, DateOnly, enums,
/// nested <see cref="YamlMapped"/> classes, lists (a single scalar is read as a one-item list, so
/// <c>audience: parents</c> and <c>audience: [parents]</c> mean the same) and string-keyed
/// dictionaries. A property marked <c>required</c> must be present.
/// </remarks>
public sealed class YamlBinder
{
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _what;

    /// <summary>Creates a binder for one source.</summary>
    /// <param name="file">The file, as reported in diagnostics.</param>
    /// <param name="lineOffset">Lines before the YAML starts in the file (front matter starts after <c>---</c>).</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="what">What the YAML is, for messages: "site.yaml", "front matter".</param>
    public YamlBinder(string file, int lineOffset, DiagnosticBag diagnostics, string what)
    {
        _file = file;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
        _what = what;
    }

    /// <summary>
    /// Parses YAML text and binds its root mapping to <typeparamref name="T"/>. The object is
    /// returned even when a required value is missing (<paramref name="complete"/> is then false),
    /// so its other values can still be checked in the same run.
    /// </summary>
    public T? Read<T>(string text, out bool complete)
        where T : YamlMapped
    {
        complete = false;
        var root = Parse(text);
        if (root is null)
        {
            return null;
        }

        if (root is not YamlMappingNode)
        {
            _diagnostics.Error(DiagnosticCodes.YamlWrongType, At(root), $"The {_what} must be a mapping of keys to values.", "Write one `key: value` per line.");
            return null;
        }

        var (instance, isComplete) = BindObject(typeof(T), root);
        complete = isComplete;
        return (T?)instance;
    }

    /// <summary>Parses YAML text and binds it, or returns null when anything required is missing.</summary>
    public T? Read<T>(string text)
        where T : YamlMapped => Read<T>(text, out var complete) is { } value && complete ? value : null;

    /// <summary>Parses YAML text to its root node, reporting a syntax error with its location.</summary>
    public YamlNode? Parse(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        try
        {
            var stream = new YamlStream();
            stream.Load(new Parser(scanner));
            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            var message = (ex.InnerException?.Message ?? ex.Message).Trim();
            _diagnostics.Error(DiagnosticCodes.YamlSyntax, At(ex.Start), $"The {_what} is not valid YAML: {Describe(message)}", SyntaxFix);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for a '[' or '{' that is never closed.
            _diagnostics.Error(DiagnosticCodes.YamlSyntax, At(scanner.CurrentPosition), $"The {_what} is not valid YAML: a list or mapping opened with '[' or '{{' is not closed before this point.", SyntaxFix);
            return null;
        }
        catch (ArgumentException)
        {
            // And this, also without a position, for a key left empty in a list item ("- : title: x").
            _diagnostics.Error(DiagnosticCodes.YamlSyntax, At(scanner.CurrentPosition), $"The {_what} is not valid YAML: a key is missing before a ':' near this point.", SyntaxFix);
            return null;
        }
    }

    /// <summary>The location of a node in the file.</summary>
    public SourceLocation At(YamlNode node) => At(node.Start);

    private SourceLocation At(Mark mark) => new(_file, (int)mark.Line + _lineOffset, (int)mark.Column);

    private const string SyntaxFix = "Check the indentation, that brackets are closed, and that text containing ': ' or '#' is in quotes.";

    private static string Describe(string parserMessage)
    {
        // YamlDotNet's messages repeat the location we already print; keep the reason only.
        var reason = parserMessage;
        var cut = reason.IndexOf("): ", StringComparison.Ordinal);
        if (reason.StartsWith('(') && cut > 0)
        {
            reason = reason[(cut + 3)..];
        }

        return reason.TrimEnd('.') + ".";
    }

    // SiteGen's own assembly is never trimmed (the native build trims only libraries marked
    // trimmable), so every YAML model keeps its constructor and properties for reflection to find.
    private const string ModelsAreKept = "SiteGen's assembly is not trimmed: every YamlMapped model keeps its constructor and properties.";

    // A list or dictionary of reference types (strings and YamlMapped models, as every model has)
    // runs on code shared by all reference types, which a native build always has; one of a value
    // type would need code made for it, which a native build cannot make as it runs.
    private const string ReferenceTypesOnly = "Item types are checked to be reference types, whose shared List and Dictionary code every native build has.";

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = ReferenceTypesOnly)]
    private static System.Collections.IList NewList(Type itemType) =>
        (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(ReferenceType(itemType)))!;

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = ReferenceTypesOnly)]
    private static System.Collections.IDictionary NewDictionary(Type valueType) =>
        (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), ReferenceType(valueType)))!;

    private static Type ReferenceType(Type type) => type.IsValueType
        ? throw new NotSupportedException($"A YAML model's list or dictionary holds {type.Name}, a value type, which the native build cannot make. Use strings or a YamlMapped class.")
        : type;

    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = ModelsAreKept)]
    private (object? Instance, bool Complete) BindObject(Type type, YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            _diagnostics.Error(DiagnosticCodes.YamlWrongType, At(node), $"Expected a mapping (key: value lines) in the {_what}, found {Kind(node)}.");
            return (null, false);
        }

        var instance = (YamlMapped)Activator.CreateInstance(type)!;
        instance.Location = At(node);
        var properties = Properties(type);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var complete = true;

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!properties.TryGetValue(key, out var property))
            {
                var suggestion = Suggestion.Closest(key, properties.Keys);
                var fix = suggestion is not null
                    ? $"Did you mean '{suggestion}'?"
                    : $"Use one of: {string.Join(", ", properties.Keys)}.";
                _diagnostics.Error(DiagnosticCodes.YamlUnknownKey, At(keyNode), $"Unknown key '{key}' in the {_what}.", fix);
                continue;
            }

            seen.Add(key);
            instance.SetLocation(property.Info.Name, At(valueNode));
            var value = BindValue(property.Info.PropertyType, valueNode, key, instance, property.Info.Name);
            if (value is not null)
            {
                property.Info.SetValue(instance, value);
            }
            else if (property.IsRequired)
            {
                complete = false;
                if (valueNode is YamlScalarNode { Style: ScalarStyle.Plain } empty && IsNull(empty.Value))
                {
                    _diagnostics.Error(DiagnosticCodes.YamlMissingKey, At(valueNode), $"'{key}' in the {_what} needs a value.");
                }
            }
        }

        foreach (var (key, property) in properties)
        {
            if (!seen.Contains(key) && property.IsRequired)
            {
                complete = false;
                _diagnostics.Error(DiagnosticCodes.YamlMissingKey, At(node), $"The {_what} is missing the required key '{key}'.",
                    $"Add a line `{key}: ...`.");
            }
        }

        return (instance, complete);
    }

    private object? BindValue(Type type, YamlNode node, string key, YamlMapped owner, string propertyName)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;

        if (node is YamlScalarNode { Style: ScalarStyle.Plain } nullScalar && IsNull(nullScalar.Value))
        {
            return null;
        }

        if (typeof(YamlMapped).IsAssignableFrom(underlying))
        {
            // An object missing a required value is never handed on: its errors are reported,
            // and later stages rely on every required member being set.
            var (instance, complete) = BindObject(underlying, node);
            return complete ? instance : null;
        }

        if (ListItemType(underlying) is { } itemType)
        {
            var items = node is YamlSequenceNode sequence ? sequence.Children.ToList() : [node];
            var list = NewList(itemType);
            for (var i = 0; i < items.Count; i++)
            {
                owner.SetLocation($"{propertyName}[{i}]", At(items[i]));
                var item = BindValue(itemType, items[i], key, owner, propertyName);
                if (item is not null)
                {
                    list.Add(item);
                }
            }

            return list;
        }

        if (DictionaryValueType(underlying) is { } valueType)
        {
            if (node is not YamlMappingNode map)
            {
                _diagnostics.Error(DiagnosticCodes.YamlWrongType, At(node), $"'{key}' in the {_what} must be a mapping of names to values, found {Kind(node)}.");
                return null;
            }

            var dictionary = NewDictionary(valueType);
            foreach (var (entryKey, entryValue) in map.Children)
            {
                var name = (entryKey as YamlScalarNode)?.Value ?? "";
                owner.SetLocation($"{propertyName}[{name}]", At(entryKey));
                var value = BindValue(valueType, entryValue, $"{key}.{name}", owner, propertyName);
                if (value is not null)
                {
                    dictionary[name] = value;
                }
            }

            return dictionary;
        }

        if (node is not YamlScalarNode scalar)
        {
            _diagnostics.Error(DiagnosticCodes.YamlWrongType, At(node), $"'{key}' in the {_what} must be {Expected(underlying)}, found {Kind(node)}.");
            return null;
        }

        return ConvertScalar(underlying, scalar, key);
    }

    private object? ConvertScalar(Type type, YamlScalarNode scalar, string key)
    {
        var text = scalar.Value ?? "";
        object? value = type switch
        {
            _ when type == typeof(string) => text,
            _ when type == typeof(int) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
            _ when type == typeof(double) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
            _ when type == typeof(bool) => text switch { "true" => true, "false" => false, _ => null },
            _ when type == typeof(DateOnly) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            _ when type.IsEnum => ParseEnum(type, text),
            _ => throw new NotSupportedException($"YamlBinder cannot read {type.Name}."),
        };

        if (value is null)
        {
            var fix = type.IsEnum ? $"Use one of: {string.Join(", ", EnumNames(type))}." : null;
            _diagnostics.Error(DiagnosticCodes.YamlWrongType, At(scalar), $"'{key}' in the {_what} must be {Expected(type)}, not '{text}'.", fix);
        }

        return value;
    }

    private static object? ParseEnum(Type type, string text)
    {
        foreach (var name in Enum.GetNames(type))
        {
            if (YamlNames.ToSnakeCase(name).Replace('_', '-') == text || YamlNames.ToSnakeCase(name) == text)
            {
                return Enum.Parse(type, name);
            }
        }

        return null;
    }

    private static IEnumerable<string> EnumNames(Type type) => Enum.GetNames(type).Select(n => YamlNames.ToSnakeCase(n).Replace('_', '-'));

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(string) => "text",
        _ when type == typeof(int) => "a whole number",
        _ when type == typeof(double) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(DateOnly) => "a date written YYYY-MM-DD",
        _ when type.IsEnum => "one of " + string.Join(", ", EnumNames(type)),
        _ => "a single value",
    };

    private static string Kind(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => "a single value",
    };

    private static bool IsNull(string? value) => value is null or "" or "~" or "null";

    private static Type? ListItemType(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) || type.GetGenericTypeDefinition() == typeof(List<>))
            ? type.GetGenericArguments()[0]
            : null;

    private static Type? DictionaryValueType(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            && type.GetGenericArguments()[0] == typeof(string)
            ? type.GetGenericArguments()[1]
            : null;

    // A model's properties by key, found once per type: every page's front matter is bound to the
    // same few types, and reading their attributes again for each page took 1% of a large build.
    private static readonly ConcurrentDictionary<Type, Dictionary<string, ModelProperty>> PropertiesOf = new();

    private static Dictionary<string, ModelProperty> Properties(Type type) => PropertiesOf.GetOrAdd(type, FindProperties);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = ModelsAreKept)]
    private static Dictionary<string, ModelProperty> FindProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.DeclaringType != typeof(YamlMapped))
            .ToDictionary(p => YamlNames.ToSnakeCase(p.Name), p => new ModelProperty(p, p.GetCustomAttribute<RequiredMemberAttribute>() is not null), StringComparer.Ordinal);

    private sealed record ModelProperty(PropertyInfo Info, bool IsRequired);
}
