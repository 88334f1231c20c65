using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Configuration;

namespace SiteGen.Training;

/// <summary>
/// What the browser needs to track a module and make its certificate and completion record:
/// <c>modules/ID.js</c>, a classic script (so it loads from file://) that sets
/// <c>window.SiteGenModules["ID"]</c>. Its shape is in themes/default/components/training-module/README.md.
/// </summary>
public static partial class ModuleData
{
    private static readonly ModuleJson Json = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });

    /// <summary>The script for a module.</summary>
    public static string ToScript(TrainingModule module, SiteConfig config)
    {
        var data = new BrowserRecord(Describe(module), config.Training.RefresherMonths, module.Minutes,
            new SiteRecord(config.Title, config.Url.TrimEnd('/') + config.BasePath, config.Partnership.Name),
            module.Start.SitePath, module.CertificatePath,
            [.. module.Pages.Select(p => new PageRecord(p.Page.SitePath, p.Page.Title, p.Minutes, p.HasQuiz))],
            config.LearningRecordStore is { } lrs ? new LrsRecord(lrs.Endpoint, lrs.Credentials, Theme.ThemeAssets.XapiScriptPath) : null);
        return $"window.SiteGenModules = window.SiteGenModules || {{}};\nwindow.SiteGenModules[{JsonSerializer.Serialize(module.Id, Output.JsonValues.Default.String)}] = {JsonSerializer.Serialize(data, Json.BrowserRecord)};\n";
    }

    /// <summary>The module as a completion record names it (the record's <c>module</c>, with the pass mark).</summary>
    internal static ModuleRecord Describe(TrainingModule module) =>
        new(module.Id, module.Title, module.Level.Id, module.Level.Name, module.Version, module.Quiz.Definition.Id, Quizzes.QuizData.Version(module.Quiz), module.Quiz.PassMark);

    [JsonSerializable(typeof(BrowserRecord))]
    private sealed partial class ModuleJson : JsonSerializerContext;

    private sealed record BrowserRecord(ModuleRecord Module, int RefresherMonths, int Minutes, SiteRecord Site, string Start, string Certificate, IReadOnlyList<PageRecord> Pages,
        LrsRecord? Lrs);

    /// <summary>The learning record store, and the site path of the script that sends to it.</summary>
    private sealed record LrsRecord(string Endpoint, string Credentials, string Script);

    private sealed record SiteRecord(string Name, string Url, string Partnership);

    private sealed record PageRecord(string Path, string Title, int Minutes, bool Quiz);
}

/// <summary>A module as records and keys name it.</summary>
internal sealed record ModuleRecord(string Id, string Title, string Level, string LevelName, string Version, string QuizId, string QuizVersion, int PassMark);
