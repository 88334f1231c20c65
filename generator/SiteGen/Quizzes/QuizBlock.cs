using Markdig.Syntax;

namespace SiteGen.Quizzes;

/// <summary>
/// A quiz in a page's Markdown tree, where its fenced block stood. The parse stage puts it
/// there; the assemble stage fills in its links; the render stage prints it.
/// </summary>
public sealed class QuizBlock : LeafBlock
{
    /// <summary>Creates the block for a validated quiz.</summary>
    public QuizBlock(QuizDefinition definition, int passMark)
        : base(null)
    {
        Definition = definition;
        PassMark = passMark;
    }

    /// <summary>The quiz as written.</summary>
    public QuizDefinition Definition { get; }

    /// <summary>The pass mark in force: the quiz's own, or the site's.</summary>
    public int PassMark { get; }

    /// <summary>The link to the quiz's data script, relative to its page (set when assembled).</summary>
    public string DataScriptUrl { get; set; } = "";

    /// <summary>The page the quiz is on (set when assembled).</summary>
    public string PageSitePath { get; set; } = "";

    /// <summary>The training module the quiz ends, or null (set when assembled): its attempts count towards a certificate.</summary>
    public string? ModuleId { get; set; }

    /// <summary>Each question's "learn more" page, by question id (set when assembled).</summary>
    public Dictionary<string, LearnMoreLink> LearnMore { get; } = new(StringComparer.Ordinal);
}

/// <summary>The page that teaches a question's answer.</summary>
/// <param name="Title">The page's title.</param>
/// <param name="Url">Its address relative to the quiz's page, with the heading's anchor.</param>
public sealed record LearnMoreLink(string Title, string Url);
