using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Completions;
using SiteGen.Diagnostics;
using SiteGen.Quizzes;

namespace SiteGen.Training;

/// <summary>
/// Writes each module version's answer key (<see cref="ModuleKey"/>), which <c>sitegen completions report</c> re-scores records with.
/// The build keeps one file per version in <c>completion-keys/</c> beside site.yaml and never
/// deletes one: a record made last year names last year's version, whose pages may be gone.
/// Format: docs/completion-record.md.
/// </summary>
public static class AnswerKeys
{
    /// <summary>The folder, beside site.yaml, that keys are kept in.</summary>
    public const string Folder = "completion-keys";

    private static readonly ModuleKeyJson Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // kept readable: the file is committed and reviewed
    });

    /// <summary>The key's path under the site root.</summary>
    public static string PathOf(TrainingModule module) => $"{Folder}/{module.Id}/{module.Version}.json";

    /// <summary>The key as JSON, in the format the completions report reads (<see cref="ModuleKey"/>).</summary>
    public static string ToJson(TrainingModule module)
    {
        var quiz = module.Quiz.Definition;
        var described = ModuleData.Describe(module);
        var key = new ModuleKey(ModuleKey.FormatName, 1,
            new ModuleKeyModule(described.Id, described.Title, described.Level, described.LevelName, described.Version, described.QuizId, described.QuizVersion, described.PassMark,
                module.Minutes),
            [new ModuleKeyPage(module.Start.SitePath, module.Start.Title), .. module.Pages.Select(p => new ModuleKeyPage(p.Page.SitePath, p.Page.Title, p.Minutes))],
            [.. quiz.Confidence.Select(c => new ModuleKeyConfidence(c.Id, c.Question, c.Scale))],
            [.. quiz.Questions.SelectMany(q => q.Answerable.Select(a => Question(a, q.Kind == QuestionKind.Scenario ? q.Id : null)))],
            [.. quiz.Questions.Where(q => q.Kind == QuestionKind.Scenario).Select(q => new ModuleKeyScenario(q.Id, q.Scenario ?? ""))]);
        return JsonSerializer.Serialize(key, Json.ModuleKey) + "\n";
    }

    /// <summary>
    /// Writes the keys of modules whose version has none yet. An existing key is left alone: the
    /// version is a hash of what the key is made from, so its answers can only be the same (a key
    /// written by an older SiteGen may lack the estimated minutes and scenarios; the report copes).
    /// </summary>
    public static void Write(string siteRoot, IEnumerable<TrainingModule> modules, DiagnosticBag diagnostics)
    {
        foreach (var module in modules)
        {
            var path = Path.Combine(siteRoot, PathOf(module));
            if (File.Exists(path))
            {
                continue;
            }

            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, ToJson(module));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceLocation(PathOf(module)), $"The answer key of module '{module.Id}' could not be written: {e.Message}",
                    $"Make {Folder}/ writable: the completions report needs a key for every version learners have taken.");
            }
        }
    }

    private static ModuleKeyQuestion Question(QuizQuestion question, string? scenario) =>
        new(question.Id, question.Question ?? "", scenario,
            [.. question.Choices.Select(o => new ModuleKeyOption(o.Id, o.Text))],
            [.. question.Choices.Where(o => o.Correct).Select(o => o.Id)]);
}
