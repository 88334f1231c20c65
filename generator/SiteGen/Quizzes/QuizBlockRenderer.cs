using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Quizzes;

/// <summary>
/// Prints a quiz as real form controls (fieldset, legend, native radios and checkboxes) with its
/// answers in a separate section, so it reads and prints without JavaScript. The markup is the
/// contract with the theme's quiz.js (themes/default/components/quiz/README.md).
/// </summary>
public sealed class QuizBlockRenderer : HtmlObjectRenderer<QuizBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, QuizBlock block)
    {
        var quiz = block.Definition;
        var id = $"quiz-{quiz.Id}";
        renderer.EnsureLine();
        renderer.Write($"<section class=\"quiz\" id=\"{id}\" data-module=\"quiz\" data-quiz-id=\"{quiz.Id}\"{(block.ModuleId is { } module ? $" data-training-module=\"{module}\"" : "")} aria-labelledby=\"{id}-title\">").WriteLine();
        renderer.Write($"<h2 class=\"quiz__title\" id=\"{id}-title\">").WriteEscape(quiz.Title).WriteLine("</h2>");
        if (quiz.Intro is not null)
        {
            renderer.Write("<p class=\"quiz__intro\">").WriteEscape(quiz.Intro).WriteLine("</p>");
        }

        renderer.Write("<p class=\"quiz__meta\">").WriteEscape(Meta(block)).WriteLine("</p>");
        renderer.WriteLine("<form class=\"quiz__form\" action=\"#\" novalidate>");
        WriteConfidence(renderer, block, "before", "Before you start: ");
        renderer.WriteLine("<ol class=\"quiz__questions\">");
        foreach (var question in quiz.Questions)
        {
            WriteQuestion(renderer, id, question);
        }

        renderer.WriteLine("</ol>");
        if (quiz.Confidence.Count > 0)
        {
            renderer.WriteLine("<div class=\"quiz__after\" hidden>");
            WriteConfidence(renderer, block, "after", "Now that you have finished: ");
            renderer.WriteLine("</div>");
        }

        // Hidden until quiz.js runs: without it, submitting would put the answers in the URL (and so in history and server logs).
        renderer.WriteLine("<div class=\"quiz__actions\" hidden><button class=\"button quiz__submit\" type=\"submit\">Check my answers</button></div>");
        renderer.WriteLine("</form>");
        renderer.WriteLine($"<div class=\"quiz__result\" id=\"{id}-result\" tabindex=\"-1\" hidden></div>");
        WriteAnswers(renderer, block, id);
        renderer.Write("<script src=\"").WriteEscapeUrl(block.DataScriptUrl).WriteLine("\" defer></script>");
        renderer.WriteLine("</section>");
    }

    private static string Meta(QuizBlock block)
    {
        var quiz = block.Definition;
        var count = quiz.Draw is { } draw
            ? $"You will be asked {draw} of these {quiz.Questions.Count} questions."
            : $"{quiz.Questions.Sum(q => q.Answerable.Count())} questions.";
        var attempts = quiz.Attempts is { } limit ? $" {limit} {(limit == 1 ? "attempt" : "attempts")}." : "";
        return $"{count} Pass mark: {block.PassMark.ToString(CultureInfo.InvariantCulture)}%.{attempts}";
    }

    private static void WriteConfidence(HtmlRenderer renderer, QuizBlock block, string phase, string lead)
    {
        foreach (var confidence in block.Definition.Confidence)
        {
            var name = $"quiz-{block.Definition.Id}-{phase}-{confidence.Id}";
            renderer.WriteLine($"<fieldset class=\"quiz__confidence\" data-phase=\"{phase}\" data-confidence-id=\"{confidence.Id}\">");
            renderer.Write("<legend class=\"quiz__legend\">").WriteEscape(lead + confidence.Question).WriteLine("</legend>");
            renderer.WriteLine("<div class=\"quiz__scale\">");
            for (var value = 1; value <= 5; value++)
            {
                renderer.Write($"<div class=\"quiz__option\"><input class=\"quiz__input\" type=\"radio\" id=\"{name}-{value}\" name=\"{name}\" value=\"{value}\">");
                renderer.Write($"<label class=\"quiz__label\" for=\"{name}-{value}\">{value} - ").WriteEscape(confidence.Scale[value - 1]).WriteLine("</label></div>");
            }

            renderer.WriteLine("</div>");
            renderer.WriteLine("</fieldset>");
        }
    }

    private static void WriteQuestion(HtmlRenderer renderer, string quizId, QuizQuestion question)
    {
        var id = $"{quizId}-{question.Id}";
        if (question.Kind == QuestionKind.Scenario)
        {
            renderer.WriteLine($"<li class=\"quiz__question quiz__question--scenario\" id=\"{id}\" data-question-id=\"{question.Id}\" data-kind=\"scenario\">");
            renderer.WriteLine("<div class=\"quiz__case\"><h3 class=\"quiz__case-title\">Scenario</h3>");
            foreach (var paragraph in Paragraphs(question.Scenario!))
            {
                renderer.Write("<p>").WriteEscape(paragraph).WriteLine("</p>");
            }

            renderer.WriteLine("</div>");
            renderer.WriteLine("<ol class=\"quiz__subquestions\">");
            foreach (var sub in question.Questions)
            {
                WriteQuestion(renderer, quizId, sub);
            }

            renderer.WriteLine("</ol>");
            renderer.WriteLine("</li>");
            return;
        }

        var multiple = question.Kind == QuestionKind.Multiple;
        var kind = question.Kind == QuestionKind.TrueFalse ? "true-false" : multiple ? "multiple" : "single";
        renderer.WriteLine($"<li class=\"quiz__question\" id=\"{id}\" data-question-id=\"{question.Id}\" data-kind=\"{kind}\">");
        renderer.WriteLine(multiple ? $"<fieldset class=\"quiz__fieldset\" aria-describedby=\"{id}-hint\">" : "<fieldset class=\"quiz__fieldset\">");
        renderer.Write("<legend class=\"quiz__legend\">").WriteEscape(question.Question).WriteLine("</legend>");
        if (multiple)
        {
            renderer.WriteLine($"<p class=\"quiz__hint\" id=\"{id}-hint\">Select all that apply.</p>");
        }

        renderer.WriteLine("<div class=\"quiz__options\">");
        foreach (var option in question.Choices)
        {
            var inputId = $"{id}-{option.Id}";
            renderer.Write($"<div class=\"quiz__option\" data-option-id=\"{option.Id}\"><input class=\"quiz__input\" type=\"{(multiple ? "checkbox" : "radio")}\" id=\"{inputId}\" name=\"{id}\" value=\"{option.Id}\">");
            renderer.Write($"<label class=\"quiz__label\" for=\"{inputId}\">").WriteEscape(option.Text).WriteLine("</label></div>");
        }

        renderer.WriteLine("</div>");
        renderer.WriteLine("</fieldset>");
        renderer.WriteLine($"<div class=\"quiz__feedback\" id=\"{id}-feedback\" hidden></div>");
        renderer.WriteLine("</li>");
    }

    private static void WriteAnswers(HtmlRenderer renderer, QuizBlock block, string quizId)
    {
        renderer.WriteLine($"<details class=\"quiz__answers\" id=\"{quizId}-answers\">");
        renderer.WriteLine("<summary>Answers and explanations</summary>");
        renderer.WriteLine("<ol>");
        foreach (var question in block.Definition.Questions.SelectMany(q => q.Answerable))
        {
            var right = question.Choices.Where(c => c.Correct).Select(c => c.Text).ToList();
            renderer.Write($"<li data-question-id=\"{question.Id}\"><p class=\"quiz__answer-question\">").WriteEscape(question.Question).WriteLine("</p>");
            renderer.Write($"<p class=\"quiz__answer\">{(right.Count > 1 ? "Answers" : "Answer")}: ");
            for (var i = 0; i < right.Count; i++)
            {
                renderer.Write(i == 0 ? "" : "; ").Write("<strong>").WriteEscape(right[i]).Write("</strong>");
            }

            renderer.WriteLine("</p>");
            renderer.Write("<p class=\"quiz__explanation\">").WriteEscape(question.Explanation).WriteLine("</p>");
            if (block.LearnMore.TryGetValue(question.Id, out var link))
            {
                renderer.Write("<p class=\"quiz__learn-more\"><a href=\"").WriteEscapeUrl(link.Url).Write("\">Learn more: ").WriteEscape(link.Title).WriteLine("</a></p>");
            }

            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</details>");
    }

    internal static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries)));
}
