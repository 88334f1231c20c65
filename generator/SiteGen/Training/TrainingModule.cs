using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Quizzes;

namespace SiteGen.Training;

/// <summary>
/// A training module: a start page, its pages in order, and the quiz on its last page. Passing the
/// quiz earns a certificate and a completion record that names the module's version.
/// </summary>
public sealed class TrainingModule
{
    /// <summary>Creates a module.</summary>
    public TrainingModule(string id, TrainingLevel level, Page start, IReadOnlyList<ModulePage> pages, QuizBlock quiz, int minutes, string version)
    {
        Id = id;
        Level = level;
        Start = start;
        Pages = pages;
        Quiz = quiz;
        Minutes = minutes;
        Version = version;
    }

    /// <summary>The id pages give in <c>module:</c> and records carry.</summary>
    public string Id { get; }

    /// <summary>The training level it trains to.</summary>
    public TrainingLevel Level { get; }

    /// <summary>The start page: the module folder's <c>index.md</c>.</summary>
    public Page Start { get; }

    /// <summary>The pages after the start page, in order; the last holds the quiz.</summary>
    public IReadOnlyList<ModulePage> Pages { get; }

    /// <summary>The module's quiz.</summary>
    public QuizBlock Quiz { get; }

    /// <summary>How long the module takes, in minutes.</summary>
    public int Minutes { get; }

    /// <summary>A hash of the module's pages and quiz: any change to what a learner reads or answers makes a new one.</summary>
    public string Version { get; }

    /// <summary>The module's title: its start page's.</summary>
    public string Title => Start.Title;

    /// <summary>The site path of the module's certificate page.</summary>
    public string CertificatePath => Start.SitePath + "certificate/";

    /// <summary>The site path of the script that gives the browser the module's data.</summary>
    public string DataScriptPath => $"modules/{Id}.js";

    /// <summary>The page of the module a content page is, or null.</summary>
    public bool Contains(Page page) => page == Start || Pages.Any(p => p.Page == page);
}

/// <summary>A page of a module, with the minutes it takes to read (or, for the quiz page, to answer).</summary>
public sealed record ModulePage(Page Page, int Minutes, bool HasQuiz);
