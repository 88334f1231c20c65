using SiteGen.Tests.Support;

namespace SiteGen.Tests.Quizzes;

/// <summary>A quiz reads and prints without JavaScript, and its data is published for the browser and for tools.</summary>
public sealed class QuizRenderingTests : IDisposable
{
    private const string QuizPage = """
        ## Check what you know

        ```quiz
        id: check
        title: Check what you know
        pass_mark: 75
        attempts: 2
        draw: 2
        confidence:
          - id: sure
            question: How sure are you that you could spot pressure?
            scale: [Not sure, A little, Quite, Sure, Very sure]
        questions:
          - id: tell
            kind: single
            question: Who can you tell?
            options:
              - id: adult
                text: A trusted adult
                correct: true
              - id: nobody
                text: Nobody
                feedback: You do not have to cope alone.
            explanation: You can always tell a trusted adult.
            learn_more: index.md#where-to-go
          - id: signs
            kind: multiple
            question: Which are warning signs?
            options:
              - id: gifts
                text: Gifts you owe for
                correct: true
              - id: secrets
                text: Asking for secrets
                correct: true
              - id: games
                text: Liking games
            explanation: Gifts and secrets are grooming tricks.
            learn_more: index.md
          - id: case
            kind: scenario
            scenario: |
              Sam is 13.

              Alex pressures Sam.
            questions:
              - id: fault
                kind: true-false
                question: It is Sam's fault.
                answer: false
                explanation: It is never a child's fault.
                learn_more: index.md
        ```

        """;

    private readonly TestSite _site = new();

    public QuizRenderingTests()
    {
        _site.Write("content/help/index.md", TestSite.Page("Get help", "parents") + "## Where to go\n\nCall {{contact:childline}}.\n");
        _site.Write("content/help/quiz.md", TestSite.Page("Quiz", "parents") + QuizPage);
        _site.BuildOk();
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Each_question_is_a_fieldset_with_a_legend_and_native_inputs()
    {
        var quiz = _site.Html("help/quiz/index.html").QuerySelector("section.quiz")!;

        var tell = quiz.QuerySelector("#quiz-check-tell fieldset")!;
        Assert.Equal("Who can you tell?", tell.QuerySelector("legend")!.TextContent);
        Assert.Equal(["radio", "radio"], tell.QuerySelectorAll("input").Select(i => i.GetAttribute("type")!).ToArray());
        Assert.Equal("A trusted adult", quiz.QuerySelector("label[for=quiz-check-tell-adult]")!.TextContent);
        var signs = quiz.QuerySelector("#quiz-check-signs fieldset")!;
        Assert.All(signs.QuerySelectorAll("input"), i => Assert.Equal("checkbox", i.GetAttribute("type")));
        Assert.Equal("Select all that apply.", quiz.QuerySelector($"#{signs.GetAttribute("aria-describedby")}")!.TextContent);
        Assert.Equal(["True", "False"], quiz.QuerySelectorAll("#quiz-check-fault label").Select(l => l.TextContent).ToArray());
        Assert.Equal(["Sam is 13.", "Alex pressures Sam."], quiz.QuerySelectorAll("#quiz-check-case .quiz__case p").Select(p => p.TextContent).ToArray());
        Assert.Equal(5, quiz.QuerySelectorAll("fieldset[data-phase=before] input[type=radio]").Length);
        Assert.Equal("You will be asked 2 of these 3 questions. Pass mark: 75%. 2 attempts.", quiz.QuerySelector(".quiz__meta")!.TextContent);
    }

    [Fact]
    public void The_answers_and_explanations_are_in_a_separate_section_with_links_to_the_teaching_page()
    {
        var answers = _site.Html("help/quiz/index.html").QuerySelector("details.quiz__answers")!;

        var items = answers.QuerySelectorAll("li").ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("Answers: Gifts you owe for; Asking for secrets", items[1].QuerySelector(".quiz__answer")!.TextContent);
        Assert.Equal("Answer: False", items[2].QuerySelector(".quiz__answer")!.TextContent);
        var link = items[0].QuerySelector(".quiz__learn-more a")!;
        Assert.Equal("../../help/#where-to-go", link.GetAttribute("href"));
        Assert.Equal("Learn more: Get help", link.TextContent);
    }

    [Fact]
    public void The_quiz_data_is_a_classic_script_for_the_page_and_json_for_tools()
    {
        var page = _site.Html("help/quiz/index.html");
        var script = _site.OutputText("quizzes/check.js");
        using var json = System.Text.Json.JsonDocument.Parse(_site.OutputText("quizzes/check.json"));
        var root = json.RootElement;

        Assert.Equal("../../quizzes/check.js", page.QuerySelector("section.quiz script")!.GetAttribute("src"));
        Assert.StartsWith("window.SiteGenQuizzes = window.SiteGenQuizzes || {};\nwindow.SiteGenQuizzes[\"check\"] = {", script, StringComparison.Ordinal);
        Assert.Equal(75, root.GetProperty("passMark").GetInt32());
        Assert.Equal(2, root.GetProperty("draw").GetInt32());
        Assert.Equal(16, root.GetProperty("version").GetString()!.Length);
        var fault = root.GetProperty("questions")[2].GetProperty("questions")[0];
        Assert.Equal("true-false", fault.GetProperty("kind").GetString());
        Assert.False(fault.GetProperty("options")[0].GetProperty("correct").GetBoolean());
        Assert.Equal("You do not have to cope alone.", root.GetProperty("questions")[0].GetProperty("options")[1].GetProperty("feedback").GetString());
    }

    [Fact]
    public void The_quiz_version_changes_when_the_quiz_does_and_not_otherwise()
    {
        var first = Version();
        _site.BuildOk();
        var same = Version();
        _site.Write("content/help/quiz.md", TestSite.Page("Quiz", "parents") + QuizPage.Replace("Who can you tell?", "Who could you tell?", StringComparison.Ordinal));
        _site.BuildOk();

        Assert.Equal(first, same);
        Assert.NotEqual(first, Version());
    }

    private string Version()
    {
        using var json = System.Text.Json.JsonDocument.Parse(_site.OutputText("quizzes/check.json"));
        return json.RootElement.GetProperty("version").GetString()!;
    }
}
