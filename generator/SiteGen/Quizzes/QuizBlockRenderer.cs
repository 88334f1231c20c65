using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Quizzes;

/// <summary>
/// Prints a quiz as real form controls (fieldset, legend, native radios and checkboxes) with its
/// answers in a separate section, so it reads and prints without JavaScript. The markup is the
/// contract with the theme's quiz.js (themes/default/components/quiz/README.md).
/// </summary>
/// <param name="words">What the quiz says, in the language of the pages it is on.</param>
public sealed class QuizBlockRenderer(QuizWords words) : HtmlObjectRenderer<QuizBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, QuizBlock block)
    {
        var quiz = block.Definition;
        var id = $"quiz-{quiz.Id}";
        renderer.EnsureLine();
        renderer.Write($"<section class=\"quiz\" id=\"{id}\" data-module=\"quiz\" data-quiz-id=\"{quiz.Id}\"{(block.ModuleId is { } module ? $" data-training-module=\"{module}\"" : "")}");
        if (words.ScriptWords is { } forScript)
        {
            renderer.Write(" data-quiz-words=\"").WriteEscape(forScript).Write('"');
        }

        renderer.Write($" aria-labelledby=\"{id}-title\">").WriteLine();
        renderer.Write($"<h2 class=\"quiz__title\" id=\"{id}-title\">").WriteEscape(quiz.Title).WriteLine("</h2>");
        if (quiz.Intro is not null)
        {
            renderer.Write("<p class=\"quiz__intro\">").WriteEscape(quiz.Intro).WriteLine("</p>");
        }

        renderer.Write("<p class=\"quiz__meta\">").WriteEscape(Meta(block)).WriteLine("</p>");
        renderer.WriteLine("<form class=\"quiz__form\" action=\"#\" novalidate>");
        WriteConfidence(renderer, block, "before", "quiz_confidence_before");
        renderer.WriteLine("<ol class=\"quiz__questions\">");
        foreach (var question in quiz.Questions)
        {
            WriteQuestion(renderer, id, question);
        }

        renderer.WriteLine("</ol>");
        if (quiz.Confidence.Count > 0)
        {
            renderer.WriteLine("<div class=\"quiz__after\" hidden>");
            WriteConfidence(renderer, block, "after", "quiz_confidence_after");
            renderer.WriteLine("</div>");
        }

        // Hidden until quiz.js runs: without it, submitting would put the answers in the URL (and so in history and server logs).
        renderer.Write("<div class=\"quiz__actions\" hidden><button class=\"button quiz__submit\" type=\"submit\">").WriteEscape(words.Say("quiz_check_answers")).WriteLine("</button></div>");
        renderer.WriteLine("</form>");
        renderer.WriteLine($"<div class=\"quiz__result\" id=\"{id}-result\" tabindex=\"-1\" hidden></div>");
        WriteAnswers(renderer, block, id);
        renderer.Write("<script src=\"").WriteEscapeUrl(block.DataScriptUrl).WriteLine("\" defer></script>");
        renderer.WriteLine("</section>");
    }

    private string Meta(QuizBlock block)
    {
        var quiz = block.Definition;
        var questions = quiz.Draw is { } draw
            ? words.Say("quiz_drawn", ("drawn", draw), ("count", quiz.Questions.Count))
            : words.Count("quiz_questions", quiz.Questions.Sum(q => q.Answerable.Count()));
        var percent = block.PassMark.ToString(CultureInfo.InvariantCulture);
        return quiz.Attempts is { } limit
            ? words.Say("quiz_meta_with_attempts", ("questions", questions), ("percent", percent), ("attempts", words.Count("quiz_attempt_count", limit)))
            : words.Say("quiz_meta", ("questions", questions), ("percent", percent));
    }

    private void WriteConfidence(HtmlRenderer renderer, QuizBlock block, string phase, string lead)
    {
        foreach (var confidence in block.Definition.Confidence)
        {
            var name = $"quiz-{block.Definition.Id}-{phase}-{confidence.Id}";
            renderer.WriteLine($"<fieldset class=\"quiz__confidence\" data-phase=\"{phase}\" data-confidence-id=\"{confidence.Id}\">");
            renderer.Write("<legend class=\"quiz__legend\">").WriteEscape(words.Say(lead, ("question", confidence.Question))).WriteLine("</legend>");
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

    private void WriteQuestion(HtmlRenderer renderer, string quizId, QuizQuestion question)
    {
        var id = $"{quizId}-{question.Id}";
        if (question.Kind == QuestionKind.Scenario)
        {
            renderer.WriteLine($"<li class=\"quiz__question quiz__question--scenario\" id=\"{id}\" data-question-id=\"{question.Id}\" data-kind=\"scenario\">");
            renderer.Write("<div class=\"quiz__case\"><h3 class=\"quiz__case-title\">").WriteEscape(words.Say("quiz_scenario")).WriteLine("</h3>");
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
            renderer.Write($"<p class=\"quiz__hint\" id=\"{id}-hint\">").WriteEscape(words.Say("quiz_select_all")).WriteLine("</p>");
        }

        renderer.WriteLine("<div class=\"quiz__options\">");
        foreach (var option in question.Choices)
        {
            var text = OptionText(question, option);
            var inputId = $"{id}-{option.Id}";
            renderer.Write($"<div class=\"quiz__option\" data-option-id=\"{option.Id}\"><input class=\"quiz__input\" type=\"{(multiple ? "checkbox" : "radio")}\" id=\"{inputId}\" name=\"{id}\" value=\"{option.Id}\">");
            renderer.Write($"<label class=\"quiz__label\" for=\"{inputId}\">").WriteEscape(text).WriteLine("</label></div>");
        }

        renderer.WriteLine("</div>");
        renderer.WriteLine("</fieldset>");
        renderer.WriteLine($"<div class=\"quiz__feedback\" id=\"{id}-feedback\" hidden></div>");
        renderer.WriteLine("</li>");
    }

    private void WriteAnswers(HtmlRenderer renderer, QuizBlock block, string quizId)
    {
        renderer.WriteLine($"<details class=\"quiz__answers\" id=\"{quizId}-answers\">");
        renderer.Write("<summary>").WriteEscape(words.Say("quiz_answers_heading")).WriteLine("</summary>");
        renderer.WriteLine("<ol>");
        foreach (var question in block.Definition.Questions.SelectMany(q => q.Answerable))
        {
            var right = question.Choices.Where(c => c.Correct).Select(c => OptionText(question, c)).ToList();
            renderer.Write($"<li data-question-id=\"{question.Id}\"><p class=\"quiz__answer-question\">").WriteEscape(question.Question).WriteLine("</p>");
            renderer.Write("<p class=\"quiz__answer\">").WriteEscape(words.Say(right.Count > 1 ? "quiz_answer_other" : "quiz_answer_one")).Write(": ");
            for (var i = 0; i < right.Count; i++)
            {
                renderer.Write(i == 0 ? "" : "; ").Write("<strong>").WriteEscape(right[i]).Write("</strong>");
            }

            renderer.WriteLine("</p>");
            renderer.Write("<p class=\"quiz__explanation\">").WriteEscape(question.Explanation).WriteLine("</p>");
            if (block.LearnMore.TryGetValue(question.Id, out var link))
            {
                renderer.Write("<p class=\"quiz__learn-more\"><a href=\"").WriteEscapeUrl(link.Url).Write("\">").WriteEscape(words.Say("quiz_learn_more", ("title", link.Title))).WriteLine("</a></p>");
            }

            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</details>");
    }

    // A true/false question's two answers are the theme's words; the quiz's data keeps them in English.
    private string OptionText(QuizQuestion question, QuizOption option) =>
        question.Kind != QuestionKind.TrueFalse ? option.Text : words.Say(option.Id == "true" ? "quiz_true" : "quiz_false");

    internal static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries)));
}
