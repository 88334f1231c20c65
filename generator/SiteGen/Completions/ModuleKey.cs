using System.Text.Json.Serialization;

namespace SiteGen.Completions;

/// <summary>
/// The answer key of one version of a training module: <c>completion-keys/&lt;module&gt;/&lt;version&gt;.json</c>,
/// written by the build (docs/completion-record.md, "Answer keys").
/// </summary>
/// <param name="Format">Always <see cref="FormatName"/>.</param>
/// <param name="FormatVersion">Always 1.</param>
/// <param name="Module">The module as built.</param>
/// <param name="Pages">The module's pages.</param>
/// <param name="Confidence">The quiz's confidence questions.</param>
/// <param name="Questions">Every answerable question (a scenario's one by one) with its correct options.</param>
/// <param name="Scenarios">The quiz's scenarios, which questions name; null in keys written before keys kept them.</param>
public sealed record ModuleKey(string Format, int FormatVersion, ModuleKeyModule Module, IReadOnlyList<ModuleKeyPage> Pages,
    IReadOnlyList<ModuleKeyConfidence> Confidence, IReadOnlyList<ModuleKeyQuestion> Questions, IReadOnlyList<ModuleKeyScenario>? Scenarios = null)
{
    /// <summary>The value of <c>format</c> in every key file.</summary>
    public const string FormatName = "sitegen-module-key";

    private Dictionary<string, ModuleKeyQuestion>? _byId;

    /// <summary>The question with this id, or null.</summary>
    /// <param name="id">A question id from a record's answers.</param>
    public ModuleKeyQuestion? Question(string id)
    {
        _byId ??= Questions.GroupBy(q => q.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return _byId.GetValueOrDefault(id);
    }
}

/// <summary>The module as built, in its answer key.</summary>
/// <param name="Id">The module's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Level">The training level id it counts towards.</param>
/// <param name="LevelName">That level's name.</param>
/// <param name="Version">The version hash: the key's file name.</param>
/// <param name="QuizId">The quiz's id.</param>
/// <param name="QuizVersion">The quiz's version hash.</param>
/// <param name="PassMark">The percentage needed to pass.</param>
/// <param name="Minutes">The estimated time to read its pages and take its quiz; null in keys written before keys kept it.</param>
public sealed record ModuleKeyModule(string Id, string Title, string Level, string LevelName, string Version, string QuizId, string QuizVersion, int PassMark, int? Minutes = null);

/// <summary>A page of the module.</summary>
/// <param name="Path">The page's site path.</param>
/// <param name="Title">Its title.</param>
/// <param name="Minutes">Its estimated reading time (the quiz page's includes the quiz); null for the start page and in older keys.</param>
public sealed record ModuleKeyPage(string Path, string Title, int? Minutes = null);

/// <summary>A scenario of the quiz: the short case its questions are about.</summary>
/// <param name="Id">Its id, which its questions name.</param>
/// <param name="Text">The case as learners read it.</param>
public sealed record ModuleKeyScenario(string Id, string Text);

/// <summary>A confidence question asked before and after the quiz.</summary>
/// <param name="Id">Its id: records answer it by this.</param>
/// <param name="Question">The question.</param>
/// <param name="Scale">Labels of 1 to 5.</param>
public sealed record ModuleKeyConfidence(string Id, string Question, IReadOnlyList<string> Scale);

/// <summary>One answerable question and its correct options.</summary>
/// <param name="Id">Its id: records answer it by this.</param>
/// <param name="Question">The question.</param>
/// <param name="Scenario">The id of the scenario it belongs to, or null.</param>
/// <param name="Options">The options offered.</param>
/// <param name="Correct">The ids of the correct options: a mark needs exactly these.</param>
public sealed record ModuleKeyQuestion(string Id, string Question, string? Scenario, IReadOnlyList<ModuleKeyOption> Options, IReadOnlyList<string> Correct)
{
    /// <summary>True when <paramref name="chosen"/> is exactly the set of correct options.</summary>
    /// <param name="chosen">The option ids a learner chose.</param>
    public bool IsRight(IEnumerable<string> chosen) => new HashSet<string>(chosen, StringComparer.Ordinal).SetEquals(Correct);
}

/// <summary>An option of a question.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Text">Its text.</param>
public sealed record ModuleKeyOption(string Id, string Text);

/// <summary>The answer key's JSON, described when SiteGen is compiled (see <see cref="Output.JsonValues"/>).</summary>
[JsonSerializable(typeof(ModuleKey))]
internal sealed partial class ModuleKeyJson : JsonSerializerContext;
