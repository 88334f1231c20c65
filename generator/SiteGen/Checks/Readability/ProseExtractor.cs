using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Markdown.Callouts;
using SiteGen.Markdown.Contacts;
using SiteGen.Markdown.Text;
using SiteGen.Quizzes;

namespace SiteGen.Checks.Readability;

/// <summary>
/// The prose of a page as its readers meet it: headings, paragraphs, list items, callout titles
/// and its quizzes' text, with contacts printed by name. Tables and code are not prose.
/// </summary>
public static class ProseExtractor
{
    /// <summary>Each block of prose, for measuring the page's reading level.</summary>
    /// <param name="page">The page.</param>
    /// <param name="contacts">site.yaml's contacts, printed by name.</param>
    /// <param name="withQuizzes">False leaves out the quizzes' text (a reader answers a quiz rather than reads it all).</param>
    public static IEnumerable<ProseUnit> Units(Page page, IReadOnlyDictionary<string, Contact> contacts, bool withQuizzes = true)
    {
        foreach (var block in page.Document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock or ParagraphBlock when !InTable(block):
                    yield return new ProseUnit(PlainText.Of((LeafBlock)block, i => ContactName(i, contacts)), block.Line + 1, block.Column + 1);
                    break;
                case Callout { Title.Length: > 0 } callout:
                    yield return new ProseUnit(callout.Title, callout.Line + 1, callout.Column + 1);
                    break;
                case QuizBlock quiz when withQuizzes:
                    foreach (var unit in QuizText(quiz.Definition, page))
                    {
                        yield return unit;
                    }

                    break;
            }
        }
    }

    /// <summary>Each run of literal text with its exact place, for finding words to avoid.</summary>
    /// <param name="page">The page.</param>
    /// <param name="worthReading">Whether a run of the body's text is wanted, asked before it is copied out: most runs hold nothing a check looks for.</param>
    public static IEnumerable<ProseUnit> Spans(Page page, Func<ReadOnlySpan<char>, bool>? worthReading = null)
    {
        foreach (var literal in page.Document.Descendants<LiteralInline>())
        {
            if (worthReading is null || worthReading(literal.Content.AsSpan()))
            {
                yield return new ProseUnit(literal.Content.ToString(), literal.Line + 1, literal.Column + 1);
            }
        }

        foreach (var callout in page.Document.Descendants<Callout>().Where(c => c.Title.Length > 0))
        {
            // The title follows "::: kind " on the fence line.
            yield return new ProseUnit(callout.Title, callout.Line + 1, callout.Column + 5 + callout.Kind.Length);
        }

        foreach (var quiz in page.Quizzes)
        {
            foreach (var unit in QuizText(quiz.Definition, page))
            {
                yield return unit;
            }
        }
    }

    private static IEnumerable<ProseUnit> QuizText(QuizDefinition quiz, Page page)
    {
        IEnumerable<(string? Text, SourceLocation At)> Texts()
        {
            yield return (quiz.Title, quiz.LocationOf(nameof(QuizDefinition.Title)));
            yield return (quiz.Intro, quiz.LocationOf(nameof(QuizDefinition.Intro)));
            foreach (var confidence in quiz.Confidence)
            {
                yield return (confidence.Question, confidence.LocationOf(nameof(ConfidenceQuestion.Question)));
            }

            foreach (var question in quiz.Questions.SelectMany(q => q.Kind == QuestionKind.Scenario ? [q, .. q.Questions] : new[] { q }))
            {
                yield return (question.Question, question.LocationOf(nameof(QuizQuestion.Question)));
                yield return (question.Scenario, question.LocationOf(nameof(QuizQuestion.Scenario)));
                yield return (question.Explanation, question.LocationOf(nameof(QuizQuestion.Explanation)));
                yield return (question.TrueFeedback, question.LocationOf(nameof(QuizQuestion.TrueFeedback)));
                yield return (question.FalseFeedback, question.LocationOf(nameof(QuizQuestion.FalseFeedback)));
                foreach (var option in question.Options)
                {
                    yield return (option.Text, option.LocationOf(nameof(QuizOption.Text)));
                    yield return (option.Feedback, option.LocationOf(nameof(QuizOption.Feedback)));
                }
            }
        }

        return Texts().Where(t => !string.IsNullOrWhiteSpace(t.Text))
            .Select(t => new ProseUnit(t.Text!, t.At.File == page.Source.DisplayPath ? t.At.Line : 0, t.At.Column));
    }

    private static bool InTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Table)
            {
                return true;
            }
        }

        return false;
    }

    private static string? ContactName(Inline inline, IReadOnlyDictionary<string, Contact> contacts) =>
        inline is ContactPlaceholder placeholder ? contacts.GetValueOrDefault(placeholder.ContactId)?.Name ?? "" : null;
}
