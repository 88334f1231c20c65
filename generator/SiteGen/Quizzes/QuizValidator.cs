using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Quizzes;

/// <summary>The rules a quiz must keep beyond its YAML types, each reported where it is broken.</summary>
public static partial class QuizValidator
{
    /// <summary>Reports every broken rule of a quiz.</summary>
    public static void Validate(QuizDefinition quiz, int defaultPassMark, DiagnosticBag diagnostics)
    {
        RequireId(quiz.Id, quiz.LocationOf(nameof(QuizDefinition.Id)), "quiz", diagnostics);

        if (quiz.PassMark is < 1 or > 100)
        {
            diagnostics.Error(DiagnosticCodes.QuizInvalid, quiz.LocationOf(nameof(QuizDefinition.PassMark)),
                $"The pass mark is a percentage from 1 to 100, not {quiz.PassMark}.", $"Leave it out to use the site's {defaultPassMark}%.");
        }

        if (quiz.Attempts is < 1)
        {
            diagnostics.Error(DiagnosticCodes.QuizInvalid, quiz.LocationOf(nameof(QuizDefinition.Attempts)),
                $"'attempts' must be at least 1, not {quiz.Attempts}.", "Leave it out for unlimited attempts.");
        }

        if (quiz.Questions.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.QuizInvalid, quiz.LocationOf(nameof(QuizDefinition.Questions)), "The quiz has no questions.");
        }

        if (quiz.Draw is { } draw && (draw < 1 || draw > quiz.Questions.Count))
        {
            diagnostics.Error(DiagnosticCodes.QuizInvalid, quiz.LocationOf(nameof(QuizDefinition.Draw)),
                $"'draw' asks for {draw} questions, but the quiz has {quiz.Questions.Count}.",
                $"Draw between 1 and {quiz.Questions.Count}, or add questions to the bank.");
        }

        foreach (var confidence in quiz.Confidence)
        {
            RequireId(confidence.Id, confidence.LocationOf(nameof(ConfidenceQuestion.Id)), "confidence question", diagnostics);
            if (confidence.Scale.Count != 5 || confidence.Scale.Any(string.IsNullOrWhiteSpace))
            {
                var found = confidence.Scale.Count == 0 ? "has no scale" : $"has a scale of {confidence.Scale.Count}";
                diagnostics.Error(DiagnosticCodes.QuizInvalid, confidence.LocationOf(nameof(ConfidenceQuestion.Scale)),
                    $"The confidence question '{confidence.Id}' {found}; it needs five labels, from 1 (least confident) to 5.",
                    "Add scale: [Not at all confident, A little confident, Fairly confident, Confident, Very confident]");
            }
        }

        RequireUnique(quiz.Confidence.Select(c => (c.Id, c.LocationOf(nameof(ConfidenceQuestion.Id)))), "confidence question", diagnostics);
        var allQuestions = quiz.Questions.SelectMany(q => q.Kind == QuestionKind.Scenario ? [q, .. q.Questions] : new[] { q }).ToList();
        RequireUnique(allQuestions.Select(q => (q.Id, q.LocationOf(nameof(QuizQuestion.Id)))), "question", diagnostics);
        foreach (var question in quiz.Questions)
        {
            ValidateQuestion(question, insideScenario: false, diagnostics);
        }
    }

    private static void ValidateQuestion(QuizQuestion question, bool insideScenario, DiagnosticBag diagnostics)
    {
        RequireId(question.Id, question.LocationOf(nameof(QuizQuestion.Id)), "question", diagnostics);
        var at = question.Location;
        if (question.Kind == QuestionKind.Scenario)
        {
            if (insideScenario)
            {
                diagnostics.Error(DiagnosticCodes.QuizInvalid, question.LocationOf(nameof(QuizQuestion.Kind)), "A scenario cannot hold another scenario.");
                return;
            }

            if (string.IsNullOrWhiteSpace(question.Scenario))
            {
                diagnostics.Error(DiagnosticCodes.QuizInvalid, at, $"The scenario '{question.Id}' has no 'scenario' text: the case its questions are about.");
            }

            if (question.Questions.Count == 0)
            {
                diagnostics.Error(DiagnosticCodes.QuizInvalid, at, $"The scenario '{question.Id}' has no questions.", "Add 'questions:' with one or more questions about the case.");
            }

            foreach (var sub in question.Questions)
            {
                ValidateQuestion(sub, insideScenario: true, diagnostics);
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(question.Question))
        {
            diagnostics.Error(DiagnosticCodes.QuizInvalid, at, $"Question '{question.Id}' has no 'question' text.");
        }

        if (string.IsNullOrWhiteSpace(question.Explanation))
        {
            diagnostics.Error(DiagnosticCodes.QuizInvalid, at, $"Question '{question.Id}' has no 'explanation'.",
                "Say why the right answer is right: readers see it after answering, and teachers in the printed answers.");
        }

        if (string.IsNullOrWhiteSpace(question.LearnMore))
        {
            diagnostics.Error(DiagnosticCodes.QuizInvalid, at, $"Question '{question.Id}' has no 'learn_more' link.",
                "Link the page that teaches it, for example learn_more: ../about-cse/signs.md#signs-to-look-for");
        }

        if (question.Kind == QuestionKind.TrueFalse)
        {
            if (question.Answer is null)
            {
                diagnostics.Error(DiagnosticCodes.QuizInvalid, at, $"The true/false question '{question.Id}' has no 'answer'.", "Add answer: true or answer: false.");
            }

            if (question.Options.Count > 0)
            {
                diagnostics.Error(DiagnosticCodes.QuizInvalid, question.LocationOf(nameof(QuizQuestion.Options)),
                    "A true/false question has no options: its answers are True and False.", "Use 'answer', 'true_feedback' and 'false_feedback'.");
            }

            return;
        }

        ValidateOptions(question, diagnostics);
    }

    private static void ValidateOptions(QuizQuestion question, DiagnosticBag diagnostics)
    {
        if (question.Options.Count < 2)
        {
            diagnostics.Error(DiagnosticCodes.QuizInvalid, question.Location, $"Question '{question.Id}' needs at least two options.");
        }

        foreach (var option in question.Options)
        {
            RequireId(option.Id, option.LocationOf(nameof(QuizOption.Id)), "option", diagnostics);
            if (string.IsNullOrWhiteSpace(option.Text))
            {
                diagnostics.Error(DiagnosticCodes.QuizInvalid, option.LocationOf(nameof(QuizOption.Text)), $"Option '{option.Id}' of question '{question.Id}' has no text.");
            }
        }

        RequireUnique(question.Options.Select(o => (o.Id, o.LocationOf(nameof(QuizOption.Id)))), $"option in question '{question.Id}'", diagnostics);
        var correct = question.Options.Where(o => o.Correct).ToList();
        if (correct.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.QuizInvalid, question.Location, $"Question '{question.Id}' has no correct answer.", "Mark the right option with correct: true.");
        }
        else if (question.Kind == QuestionKind.Single && correct.Count > 1)
        {
            diagnostics.Error(DiagnosticCodes.QuizInvalid, correct[1].LocationOf(nameof(QuizOption.Correct)),
                $"Question '{question.Id}' takes one answer but marks {correct.Count} options correct.",
                "Mark only one option correct, or make it kind: multiple (select all that apply).");
        }
    }

    private static void RequireId(string id, SourceLocation at, string what, DiagnosticBag diagnostics)
    {
        if (!IdPattern().IsMatch(id))
        {
            diagnostics.Error(DiagnosticCodes.QuizInvalid, at, $"The {what} id '{id}' is not allowed.", "Use lower-case letters, digits and hyphens; ids name answers in completion records, so keep them once published.");
        }
    }

    private static void RequireUnique(IEnumerable<(string Id, SourceLocation At)> items, string what, DiagnosticBag diagnostics)
    {
        foreach (var group in items.GroupBy(i => i.Id).Where(g => g.Count() > 1))
        {
            foreach (var (id, at) in group.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.QuizInvalid, at, $"The {what} id '{id}' is used more than once.", "Give each its own id.");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
