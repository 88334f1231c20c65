using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Quizzes;

/// <summary>
/// What a quiz says comes from the theme's strings file, as the rest of the theme's words do: a
/// partnership can reword it, and a site in another language says it in that language.
/// </summary>
public sealed class QuizWordsTests : IDisposable
{
    private const string Quiz = """
        ```quiz
        id: check
        title: Check what you know
        attempts: 1
        questions:
          - id: fault
            kind: true-false
            question: It is Sam's fault.
            answer: false
            explanation: It is never a child's fault.
            learn_more: index.md
          - id: signs
            kind: multiple
            question: Which are warning signs?
            options:
              - id: gifts
                text: Gifts you owe for
                correct: true
              - id: games
                text: Liking games
            explanation: Gifts you owe for are a grooming trick.
            learn_more: index.md
        ```

        """;

    private readonly TestSite _site = new();

    public QuizWordsTests() => _site.Write("content/help/quiz.md", TestSite.Page("Quiz", "parents") + Quiz);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_page_in_the_themes_own_English_does_not_repeat_the_words_to_the_script()
    {
        _site.BuildOk();
        var quiz = _site.Html("help/quiz/index.html").QuerySelector("section.quiz")!;

        Assert.False(quiz.HasAttribute("data-quiz-words"));
        Assert.Equal("Check my answers", quiz.QuerySelector(".quiz__submit")!.TextContent);
        Assert.Equal("2 questions. Pass mark: 80%. 1 attempt.", quiz.QuerySelector(".quiz__meta")!.TextContent);
        Assert.Equal(["True", "False"], quiz.QuerySelectorAll("#quiz-check-fault label").Select(l => l.TextContent).ToArray());
    }

    [Fact]
    public void A_partnership_rewords_the_quiz_with_only_the_lines_it_changes_and_keeps_the_rest()
    {
        _site.Write("themes/default/strings/en.yaml", """
            quiz_check_answers: See how I did
            quiz_true: Yes, true
            quiz_correct: That's right
            quiz_meta_with_attempts: "{questions} You need {percent}% to pass. You have {attempts}."
            """);
        var result = _site.BuildOk();
        var page = _site.Html("help/quiz/index.html");
        var quiz = page.QuerySelector("section.quiz")!;

        Assert.Equal("See how I did", quiz.QuerySelector(".quiz__submit")!.TextContent);
        Assert.Equal("2 questions. You need 80% to pass. You have 1 attempt.", quiz.QuerySelector(".quiz__meta")!.TextContent);
        Assert.Equal(["Yes, true", "False"], quiz.QuerySelectorAll("#quiz-check-fault label").Select(l => l.TextContent).ToArray());
        Assert.Equal("Answers and explanations", quiz.QuerySelector(".quiz__answers summary")!.TextContent);

        // The script is told the words, the changed and the theme's alike.
        using var words = JsonDocument.Parse(quiz.GetAttribute("data-quiz-words")!);
        Assert.Equal("That's right", words.RootElement.GetProperty("correct").GetString());
        Assert.Equal("Yes, true", words.RootElement.GetProperty("true").GetString());
        Assert.Equal("Select an answer to {question}", words.RootElement.GetProperty("selectOne").GetString());
        Assert.Equal("There is a problem", words.RootElement.GetProperty("errorSummaryTitle").GetString());

        // The lines the site left out are the theme's, with nothing to warn of.
        Assert.Equal("Exit this page", page.QuerySelector("a.skip-link--exit")!.TextContent);
        Assert.DoesNotContain(result.Warnings, w => w.Code == DiagnosticCodes.ThemeStringMissing);
    }

    [Fact]
    public void A_site_in_another_language_says_the_quiz_in_it_and_is_told_of_each_word_it_lacks()
    {
        _site.Write("site.yaml", TestSite.SiteYaml + "language: cy\n");
        _site.Write("themes/default/strings/cy.yaml", File.ReadAllText(Path.Combine(RepoPaths.Themes, "default", "strings", "en.yaml"))
            .Replace("quiz_check_answers: Check my answers", "quiz_check_answers: Gwirio fy atebion", StringComparison.Ordinal)
            .Replace("quiz_true: \"True\"\n", "", StringComparison.Ordinal));
        var result = _site.BuildOk();
        var page = _site.Html("help/quiz/index.html");
        var quiz = page.QuerySelector("section.quiz")!;

        Assert.Equal("cy", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Gwirio fy atebion", quiz.QuerySelector(".quiz__submit")!.TextContent);
        var missing = Assert.Single(result.Warnings, w => w.Code == DiagnosticCodes.ThemeStringMissing);
        Assert.Equal("themes/default/strings/cy.yaml", missing.Location.File);
        Assert.Contains("'quiz_true'", missing.Message, StringComparison.Ordinal);

        // The word it lacks is the theme's English, on the page and to the script.
        Assert.Equal("True", quiz.QuerySelector("#quiz-check-fault label")!.TextContent);
        using var words = JsonDocument.Parse(quiz.GetAttribute("data-quiz-words")!);
        Assert.Equal("True", words.RootElement.GetProperty("true").GetString());
    }
}
