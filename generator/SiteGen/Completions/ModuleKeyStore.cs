using System.Text.Json;

namespace SiteGen.Completions;

/// <summary>
/// The answer keys of a site: <c>completion-keys/&lt;module&gt;/&lt;version&gt;.json</c>. Each key is
/// read once; a key that is missing or unreadable becomes the reason every record naming it is
/// rejected.
/// </summary>
/// <param name="folder">The completion-keys folder.</param>
/// <param name="displayFolder">The folder as messages name it.</param>
public sealed class ModuleKeyStore(string folder, string displayFolder)
{
    private static readonly ModuleKeyJson Json = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    });

    private readonly Dictionary<(string Module, string Version), (ModuleKey? Key, Problem? Problem)> _cache = [];

    /// <summary>The folder as messages name it.</summary>
    public string DisplayFolder => displayFolder;

    /// <summary>True when the folder exists.</summary>
    public bool Exists => Directory.Exists(folder);

    /// <summary>The key of a module version, or null with the reason a record naming it cannot be checked.</summary>
    /// <param name="module">The module id (checked by the schema: lower-case letters, digits and hyphens).</param>
    /// <param name="version">The version hash (16 hex digits, checked by the schema).</param>
    /// <param name="problem">Why there is no usable key.</param>
    public ModuleKey? Find(string module, string version, out Problem? problem)
    {
        if (!_cache.TryGetValue((module, version), out var found))
        {
            found = Load(module, version);
            _cache[(module, version)] = found;
        }

        problem = found.Problem;
        return found.Key;
    }

    /// <summary>
    /// The key of a module's newest version (the last one a build wrote), for results that name
    /// the module but not its version, such as an LMS's; null with the reason when it has none.
    /// </summary>
    /// <param name="module">The module id.</param>
    /// <param name="problem">Why there is no usable key.</param>
    public ModuleKey? Newest(string module, out Problem? problem)
    {
        var moduleFolder = Path.Combine(folder, module);
        var newest = Directory.Exists(moduleFolder) && module.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? new DirectoryInfo(moduleFolder).GetFiles("*.json").OrderByDescending(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (newest is null)
        {
            problem = new Problem(ProblemKind.UnknownModule,
                $"unknown module '{module}': there are no answer keys in {displayFolder}/{module}; use the id of a training module of this site (one of: {string.Join(", ", Modules())})");
            return null;
        }

        return Find(module, Path.GetFileNameWithoutExtension(newest.Name), out problem);
    }

    private IEnumerable<string> Modules() =>
        Directory.Exists(folder) ? Directory.GetDirectories(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal) : [];

    private (ModuleKey?, Problem?) Load(string module, string version)
    {
        var moduleFolder = Path.Combine(folder, module);
        var shownFolder = $"{displayFolder}/{module}";
        if (!Directory.Exists(moduleFolder))
        {
            return (null, new Problem(ProblemKind.UnknownModule,
                $"unknown module '{module}': there is no {shownFolder} folder of answer keys; was this record made on another site?"));
        }

        var file = Path.Combine(moduleFolder, version + ".json");
        var shownFile = $"{shownFolder}/{version}.json";
        if (!File.Exists(file))
        {
            return (null, new Problem(ProblemKind.MissingKey,
                $"no answer key for version {version} of module '{module}' (keys were looked for in {shownFolder}); " +
                "was this record made on another site, or has the completion-keys folder lost a file?"));
        }

        ModuleKey? key;
        try
        {
            key = JsonSerializer.Deserialize(File.ReadAllText(file), Json.ModuleKey);
        }
        catch (JsonException e)
        {
            return (null, BadKey(shownFile, e.Message));
        }

        if (key is null || key.Format != ModuleKey.FormatName || key.FormatVersion != 1)
        {
            return (null, BadKey(shownFile, $"it is not a '{ModuleKey.FormatName}' file of format version 1"));
        }

        if (key.Module.Id != module || key.Module.Version != version)
        {
            return (null, BadKey(shownFile, $"it holds module '{key.Module.Id}' version {key.Module.Version}"));
        }

        return (key, null);
    }

    private static Problem BadKey(string file, string why) => new(ProblemKind.BadKey,
        $"the answer key {file} cannot be used ({why}); restore it from version control");
}
