using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Safety;
using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>Reads <c>site.yaml</c> strictly and checks the values that YAML types alone cannot.</summary>
public static partial class SiteConfigLoader
{
    /// <summary>Contacts the help block prints on every page, so every site must have them.</summary>
    public static readonly IReadOnlyList<string> RequiredContacts = ["emergency", "police", "front_door", "out_of_hours", "childline"];

    /// <summary>Reads and validates the file; null when it cannot be used at all.</summary>
    /// <param name="path">Full path of the file.</param>
    /// <param name="displayPath">The path as diagnostics print it.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static SiteConfig? Load(string path, string displayPath, DiagnosticBag diagnostics) =>
        LoadAsFarAsItGoes(path, displayPath, diagnostics, out var complete) is { } config && complete ? config : null;

    /// <summary>
    /// Reads site.yaml as far as it can be read: the settings it holds, even when a required one
    /// is missing (left null, and reported), so that a build can go on to report the content's
    /// errors in the same run. Null only when the file is missing or is not a YAML mapping.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="displayPath">The path as diagnostics print it.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="complete">Whether every required setting is there.</param>
    public static SiteConfig? LoadAsFarAsItGoes(string path, string displayPath, DiagnosticBag diagnostics, out bool complete)
    {
        complete = false;
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.ConfigMissing, new SourceLocation(displayPath), "site.yaml was not found.",
                "Run sitegen in the site's folder, or pass --config with the file's path.");
            return null;
        }

        var config = new YamlBinder(displayPath, 0, diagnostics, "site.yaml").Read<SiteConfig>(File.ReadAllText(path), out complete);
        if (config is not null)
        {
            Validate(config, diagnostics); // even when incomplete, so one run reports every problem
        }

        return config;
    }

    private static void Validate(SiteConfig config, DiagnosticBag diagnostics)
    {
        if (config.Url is not null && !(Uri.TryCreate(config.Url, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" && url.AbsolutePath == "/"))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, config.LocationOf(nameof(SiteConfig.Url)), $"'url' must be the site's origin, such as https://cse.example.org, not '{config.Url}'.",
                "Put any sub-path in base_path instead.");
        }

        if (!BasePathPattern().IsMatch(config.BasePath))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, config.LocationOf(nameof(SiteConfig.BasePath)), $"'base_path' must start and end with '/' and hold only lower-case letters, digits, hyphens and slashes, not '{config.BasePath}'.",
                "For example: base_path: /safeguarding/cse/");
        }

        if (config.LearningRecordStore is { } lrs)
        {
            // https, or http on this computer (a test LRS): statements carry what a learner answered.
            if (!(Uri.TryCreate(lrs.Endpoint, UriKind.Absolute, out var endpoint) && (endpoint.Scheme == "https" || (endpoint.Scheme == "http" && endpoint.IsLoopback))
                && lrs.Endpoint.EndsWith('/') && endpoint.Query.Length == 0))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, lrs.LocationOf(nameof(LearningRecordStore.Endpoint)),
                    $"'learning_record_store.endpoint' must be a full https address ending in '/', not '{lrs.Endpoint}'.", "For example: endpoint: https://lrs.example.org/xapi/");
            }

            if (lrs.Credentials is not (LearningRecordStore.LaunchCredentials or LearningRecordStore.NoCredentials))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, lrs.LocationOf(nameof(LearningRecordStore.Credentials)),
                    $"'learning_record_store.credentials' must be '{LearningRecordStore.LaunchCredentials}' or '{LearningRecordStore.NoCredentials}', not '{lrs.Credentials}'.",
                    "Use launch when the LMS launches the module with cmi5's endpoint, fetch and actor; none for an LRS that takes statements without credentials.");
            }
        }

        if (!(Uri.TryCreate(config.QuickExit.Url, UriKind.Absolute, out var exit) && exit.Scheme == "https"))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, config.QuickExit.LocationOf(nameof(QuickExit.Url)), $"'quick_exit.url' must be a full https address, not '{config.QuickExit.Url}'.");
        }

        if (config.Partnership?.Logo is { } logo && (LinkTarget.Classify(logo) != LinkTargetKind.InSite || logo.StartsWith('/') || logo.Contains("..", StringComparison.Ordinal)))
        {
            diagnostics.Error(logo.Contains("://", StringComparison.Ordinal) || logo.StartsWith("//", StringComparison.Ordinal) ? DiagnosticCodes.ExternalResource : DiagnosticCodes.ConfigInvalid,
                config.Partnership.LocationOf(nameof(Partnership.Logo)), $"'partnership.logo' must be a file in the site's static/ folder, not '{MarkupInspector.Shorten(logo)}'; an image from another host tells that host who reads the site.",
                "Copy the logo into static/ and give its path there, such as logo.svg.");
        }

        if (config.Contacts is not null)
        {
            foreach (var id in RequiredContacts.Where(id => !config.Contacts.ContainsKey(id)))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, config.LocationOf(nameof(SiteConfig.Contacts)), $"'contacts' has no '{id}': the help block on every page prints it.",
                    $"Add a contact '{id}' with its name and phone.");
            }

            foreach (var (id, contact) in config.Contacts)
            {
                if (contact.Phone is null && contact.Url is null)
                {
                    diagnostics.Error(DiagnosticCodes.ConfigInvalid, contact.Location, $"Contact '{id}' has neither a phone nor a url, so readers cannot reach it.");
                }

                if (contact.Url is not null && !(Uri.TryCreate(contact.Url, UriKind.Absolute, out var site) && site.Scheme is "https" or "http"
                    && LinkTarget.Classify(contact.Url) == LinkTargetKind.OtherSite))
                {
                    diagnostics.Error(DiagnosticCodes.RefusedScheme, contact.LocationOf(nameof(Contact.Url)), $"Contact '{id}' has the url '{MarkupInspector.Shorten(contact.Url)}'; a contact's url must be a full web address.",
                        "Write the service's address as it starts in a browser, such as https://www.childline.org.uk/.");
                }
            }
        }

        // Ids become addresses (/for/<id>/), element ids and record fields: plain words only.
        RequireSafeIds(config.Audiences?.Select(a => (a.Id, (YamlMapped)a)), "audiences", diagnostics);
        RequireSafeIds(config.AgeBands?.Select(b => (b.Id, (YamlMapped)b)), "age_bands", diagnostics);
        RequireSafeIds(config.Training.Levels.Select(l => (l.Id, (YamlMapped)l)), "training.levels", diagnostics);
        RequireSafeIds(config.Contacts?.Select(c => (c.Key, (YamlMapped)c.Value)), "contacts", diagnostics);
        RequireUniqueIds(config.Audiences?.Select(a => (a.Id, (YamlMapped)a)), "audiences", diagnostics);
        RequireUniqueIds(config.AgeBands?.Select(b => (b.Id, (YamlMapped)b)), "age_bands", diagnostics);
        RequireUniqueIds(config.Training.Levels.Select(l => (l.Id, (YamlMapped)l)), "training.levels", diagnostics);

        ValidateLanguages(config, diagnostics);

        if (config.Training.PassMark is < 1 or > 100)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, config.Training.LocationOf(nameof(TrainingSettings.PassMark)), $"'training.pass_mark' is a percentage from 1 to 100, not {config.Training.PassMark}.");
        }

        if (config.Training.RefresherMonths < 1)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, config.Training.LocationOf(nameof(TrainingSettings.RefresherMonths)), $"'training.refresher_months' must be at least 1, not {config.Training.RefresherMonths}.");
        }
    }

    private static void ValidateLanguages(SiteConfig config, DiagnosticBag diagnostics)
    {
        var own = (config.Language ?? "").Split('-')[0].ToLowerInvariant();
        if (config.LanguageDirection is not (SiteLanguage.LeftToRight or SiteLanguage.RightToLeft))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, config.LocationOf(nameof(SiteConfig.LanguageDirection)),
                $"'language_direction' is '{MarkupInspector.Shorten(config.LanguageDirection ?? "")}'.",
                "Write language_direction: rtl for a site whose own language is written right to left (Urdu, Arabic), or leave it out for left to right.");
        }

        foreach (var language in config.Languages ?? [])
        {
            if (language.Code is not { } code || !LanguageCodePattern().IsMatch(code))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, language.LocationOf(nameof(SiteLanguage.Code)),
                    $"'languages' has the code '{MarkupInspector.Shorten(language.Code ?? "")}', which is not a language tag in lower case.",
                    "Use the language's BCP 47 tag in lower case, such as ur, pl, ar or pa-arab: it becomes the folder of its pages and the ending of its files (index.ur.md).");
            }
            else if (code.Split('-')[0] == own)
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, language.LocationOf(nameof(SiteLanguage.Code)),
                    $"'languages' lists '{language.Code}', the site's own language ('language: {config.Language}').", "List only the languages pages are translated into.");
            }

            if (language.Direction is not (SiteLanguage.LeftToRight or SiteLanguage.RightToLeft))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, language.LocationOf(nameof(SiteLanguage.Direction)),
                    $"Language '{language.Code}' has the direction '{MarkupInspector.Shorten(language.Direction ?? "")}'.",
                    "Write direction: rtl for a language written right to left (Urdu, Arabic), or leave it out for left to right.");
            }
        }

        RequireUniqueIds(config.Languages?.Where(l => l.Code is not null).Select(l => (l.Code, (YamlMapped)l)), "languages", diagnostics);
    }

    private static void RequireUniqueIds(IEnumerable<(string Id, YamlMapped Item)>? items, string list, DiagnosticBag diagnostics)
    {
        foreach (var group in (items ?? []).GroupBy(i => i.Id).Where(g => g.Count() > 1))
        {
            var second = group.Skip(1).First().Item;
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, second.Location, $"'{list}' has the id '{group.Key}' more than once.", "Give each entry its own id.");
        }
    }

    private static void RequireSafeIds(IEnumerable<(string Id, YamlMapped Item)>? items, string list, DiagnosticBag diagnostics)
    {
        foreach (var (id, item) in (items ?? []).Where(i => !IdPattern().IsMatch(i.Id)))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, item.Location, $"'{list}' has the id '{MarkupInspector.Shorten(id)}', which cannot be part of an address.",
                "Use lower-case letters, digits, hyphens and underscores, starting with a letter or digit (for example young-people or 11-14).");
        }
    }

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})*$")]
    private static partial Regex LanguageCodePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^/([a-z0-9-]+/)*$")]
    private static partial Regex BasePathPattern();
}
