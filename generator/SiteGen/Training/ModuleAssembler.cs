using SiteGen.Checks.Readability;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Quizzes;
using SiteGen.Site;

namespace SiteGen.Training;

/// <summary>
/// Finds the site's training modules: a folder whose <c>index.md</c> gives <c>module:</c> and
/// <c>level:</c> is a module, and every page in that folder must say the same <c>module:</c>. The
/// rules are checked here, before rendering, so a certificate can never name a module that is
/// half there.
/// </summary>
public sealed class ModuleAssembler
{
    /// <summary>Reading speed for the time estimate, in words a minute.</summary>
    public const int WordsPerMinute = 200;

    private readonly SiteConfig _config;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Creates the assembler for one build.</summary>
    public ModuleAssembler(SiteConfig config, DiagnosticBag diagnostics)
    {
        _config = config;
        _diagnostics = diagnostics;
    }

    /// <summary>The modules of a site whose sections are assembled.</summary>
    public IReadOnlyList<TrainingModule> Assemble(IReadOnlyList<Section> sections, IReadOnlyList<Page> pages)
    {
        var modules = new List<TrainingModule>();
        var starts = new Dictionary<string, Section>(StringComparer.Ordinal);
        foreach (var section in sections.Where(s => s.Path.Length > 0 && s.Index.FrontMatter.Module is not null))
        {
            var start = section.Index;
            var id = start.FrontMatter.Module!;
            if (!starts.TryAdd(id, section))
            {
                Error(start, nameof(FrontMatter.Module), $"The module id '{id}' is already used by {starts[id].Index.Source.DisplayPath}.",
                    "Give each module its own id: completion records are kept by it.");
                continue;
            }

            if (Module(section) is { } module)
            {
                modules.Add(module);
            }
        }

        foreach (var page in pages.Where(p => p.FrontMatter.Module is { } id && !starts.ContainsKey(id)))
        {
            Error(page, nameof(FrontMatter.Module), $"There is no module '{page.FrontMatter.Module}': no folder's index.md starts it.",
                "Put module: and level: in the index.md of the module's folder, or correct the id." + DidYouMean(page.FrontMatter.Module!, starts.Keys));
        }

        foreach (var page in pages.Where(p => p.FrontMatter.Level is not null && !(p.IsSectionIndex && p.FrontMatter.Module is not null)))
        {
            Error(page, nameof(FrontMatter.Level), "level: belongs only on a module's start page (the index.md that gives module:).",
                "Remove level: from this page; the module's start page says the level for all its pages.");
        }

        return modules;
    }

    private TrainingModule? Module(Section section)
    {
        var start = section.Index;
        var id = start.FrontMatter.Module!;
        var errors = _diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var level = _config.Training.Levels.FirstOrDefault(l => l.Id == start.FrontMatter.Level);
        if (start.FrontMatter.Level is null)
        {
            Error(start, nameof(FrontMatter.Module), $"The module '{id}' has no level.",
                $"Add level: with one of the levels in site.yaml ({string.Join(", ", _config.Training.Levels.Select(l => l.Id))}).");
        }
        else if (level is null)
        {
            Error(start, nameof(FrontMatter.Level), $"There is no training level '{start.FrontMatter.Level}' in site.yaml.",
                "Use a level id from training.levels in site.yaml, or add the level there." + DidYouMean(start.FrontMatter.Level, _config.Training.Levels.Select(l => l.Id)));
        }

        if (!start.FrontMatter.Sequence)
        {
            Error(start, nameof(FrontMatter.Module), $"The module '{id}' is not a sequence, so its pages have no order.", "Add sequence: true to this page.");
        }

        foreach (var page in section.Pages.Where(p => p.FrontMatter.Module != id))
        {
            var says = page.FrontMatter.Module is { } other ? $"says module: {other}" : "does not say which module it belongs to";
            Error(page, page.FrontMatter.Module is null ? nameof(FrontMatter.Title) : nameof(FrontMatter.Module),
                $"This page is in the folder of module '{id}' but {says}.", $"Add module: {id} to its front matter, or move it out of {section.Path}.");
        }

        foreach (var child in section.Children)
        {
            Error(child.Index, nameof(FrontMatter.Title), $"A module's folder cannot hold another section: this one is inside module '{id}'.",
                "Move the folder out of the module, or make its pages part of the module.");
        }

        var quizzes = section.Pages.Prepend(start).SelectMany(p => p.Quizzes.Select(q => (Page: p, Quiz: q))).ToList();
        var brokenQuiz = _diagnostics.Items.Any(d => d.Code == DiagnosticCodes.QuizInvalid && section.Pages.Any(p => p.Source.DisplayPath == d.Location.File));
        if (quizzes.Count != 1 || section.Pages.Count == 0 || quizzes[0].Page != section.Pages[^1])
        {
            if (brokenQuiz && quizzes.Count == 0)
            {
                return null; // the quiz's own errors say what is wrong; "no quiz" would only confuse
            }

            var found = quizzes.Count == 0 ? "has no quiz" : quizzes.Count > 1 ? $"has {quizzes.Count} quizzes" : $"has its quiz on {quizzes[0].Page.Source.DisplayPath}, which is not its last page";
            Error(start, nameof(FrontMatter.Module), $"The module '{id}' {found}.", "A module ends in one quiz: put a quiz block on its last page (the one with the highest order:).");
        }

        if (_diagnostics.Items.Count(d => d.Severity == Severity.Error) > errors)
        {
            return null;
        }

        quizzes[0].Quiz.ModuleId = id;
        var pages = section.Pages.Select(p => new ModulePage(p, Minutes(p), p.Quizzes.Count > 0)).ToList();
        var minutes = start.FrontMatter.Minutes ?? Minutes(start) + pages.Sum(p => p.Minutes);
        return new TrainingModule(id, level!, start, pages, quizzes[0].Quiz, minutes, ModuleVersion.Of(id, level!, start, pages, quizzes[0].Quiz));
    }

    // Reading time of the page's prose, plus a minute a question: a learner reads a quiz's
    // feedback only for the answers they chose, so its words are not all counted.
    private int Minutes(Page page)
    {
        var words = ProseExtractor.Units(page, _config.Contacts, withQuizzes: false).Sum(u => u.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var questions = page.Quizzes.Sum(q => q.Definition.Draw ?? q.Definition.Questions.Sum(x => x.Answerable.Count()));
        return (int)Math.Ceiling(words / (double)WordsPerMinute) + questions;
    }

    private void Error(Page page, string key, string message, string fix) =>
        _diagnostics.Error(DiagnosticCodes.ModuleInvalid, page.FrontMatter.LocationOf(key), message, fix);

    private static string DidYouMean(string value, IEnumerable<string> known) =>
        Suggestion.DidYouMean(value, known) is { } hint ? $" {hint}" : "";
}
