using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Quizzes;

/// <summary>Every rule a quiz must keep is reported at the line that breaks it.</summary>
public sealed class QuizValidationTests : IDisposable
{
    // A page's body starts on line 9 with the fence, so the quiz's YAML starts on line 10 and
    // its first question ("- id: q1") is on line 13.
    private const string ValidQuestion = """
          - id: q1
            kind: single
            question: Who can you tell?
            options:
              - id: a
                text: A trusted adult
                correct: true
              - id: b
                text: Nobody
            explanation: You can always tell a trusted adult.
            learn_more: index.md
        """;

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private Diagnostic QuizError(string yaml)
    {
        _site.Write("content/help/quiz.md", TestSite.Page("Quiz", "parents") + "```quiz\n" + yaml.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n```\n");
        var error = _site.BuildError(DiagnosticCodes.QuizInvalid);
        Assert.Equal("content/help/quiz.md", error.Location.File);
        return error;
    }

    private static string Quiz(string questions, string settings = "") => $"id: check\ntitle: Check\n{settings}questions:\n{questions}";

    [Fact]
    public void A_question_with_no_correct_answer()
    {
        var error = QuizError(Quiz(ValidQuestion.Replace("        correct: true\n", "", StringComparison.Ordinal)));

        Assert.Equal(new SourceLocation("content/help/quiz.md", 13, 5), error.Location);
        Assert.Equal("Question 'q1' has no correct answer.", error.Message);
    }

    [Fact]
    public void Two_correct_answers_in_a_single_answer_question_point_at_the_second()
    {
        var error = QuizError(Quiz(ValidQuestion.Replace("    text: Nobody", "    text: Nobody\n        correct: true", StringComparison.Ordinal)));

        Assert.Equal(new SourceLocation("content/help/quiz.md", 22, 18), error.Location);
        Assert.Equal("Question 'q1' takes one answer but marks 2 options correct.", error.Message);
        Assert.Contains("kind: multiple", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_question_ids()
    {
        var error = QuizError(Quiz(ValidQuestion + "\n" + ValidQuestion));

        Assert.Equal(new SourceLocation("content/help/quiz.md", 24, 9), error.Location);
        Assert.Equal("The question id 'q1' is used more than once.", error.Message);
    }

    [Fact]
    public void Duplicate_quiz_ids_across_pages()
    {
        var quiz = "```quiz\n" + Quiz(ValidQuestion.Replace("learn_more: index.md", "learn_more: ../index.md", StringComparison.Ordinal)) + "\n```\n";
        _site.Write("content/help/one.md", TestSite.Page("One", "parents") + quiz);
        _site.Write("content/help/two.md", TestSite.Page("Two", "parents") + quiz);

        var error = _site.BuildError(DiagnosticCodes.DuplicateQuiz);

        Assert.Equal(new SourceLocation("content/help/two.md", 10, 5), error.Location);
        Assert.Equal("The quiz id 'check' is already used by a quiz on content/help/one.md.", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_pass_mark_out_of_range(int passMark)
    {
        var error = QuizError(Quiz(ValidQuestion, $"pass_mark: {passMark}\n"));

        Assert.Equal(new SourceLocation("content/help/quiz.md", 12, 12), error.Location);
        Assert.Equal($"The pass mark is a percentage from 1 to 100, not {passMark}.", error.Message);
    }

    [Fact]
    public void A_bank_draw_larger_than_the_bank()
    {
        var error = QuizError(Quiz(ValidQuestion, "draw: 5\n"));

        Assert.Equal(new SourceLocation("content/help/quiz.md", 12, 7), error.Location);
        Assert.Equal("'draw' asks for 5 questions, but the quiz has 1.", error.Message);
    }

    [Fact]
    public void An_unknown_question_kind_lists_the_kinds()
    {
        _site.Write("content/help/quiz.md", TestSite.Page("Quiz", "parents") + "```quiz\n" + Quiz(ValidQuestion.Replace("kind: single", "kind: essay", StringComparison.Ordinal)) + "\n```\n");

        var error = _site.BuildError(DiagnosticCodes.YamlWrongType);

        Assert.Equal(new SourceLocation("content/help/quiz.md", 14, 11), error.Location);
        Assert.Equal("'kind' in the quiz must be one of single, multiple, true-false, scenario, not 'essay'.", error.Message);
    }

    [Fact]
    public void An_option_with_empty_text()
    {
        var error = QuizError(Quiz(ValidQuestion.Replace("text: Nobody", "text: \"\"", StringComparison.Ordinal)));

        Assert.Equal(new SourceLocation("content/help/quiz.md", 21, 15), error.Location);
        Assert.Equal("Option 'b' of question 'q1' has no text.", error.Message);
    }

    [Fact]
    public void A_confidence_question_without_a_scale()
    {
        var error = QuizError(Quiz(ValidQuestion, "confidence:\n  - id: sure\n    question: How sure are you?\n"));

        Assert.Equal(new SourceLocation("content/help/quiz.md", 13, 5), error.Location);
        Assert.Equal("The confidence question 'sure' has no scale; it needs five labels, from 1 (least confident) to 5.", error.Message);
    }

    [Fact]
    public void A_learn_more_link_to_a_missing_page_is_a_broken_link()
    {
        _site.Write("content/help/quiz.md", TestSite.Page("Quiz", "parents") + "```quiz\n" + Quiz(ValidQuestion.Replace("learn_more: index.md", "learn_more: signs.md#what-to-do", StringComparison.Ordinal)) + "\n```\n");

        var error = _site.BuildError(DiagnosticCodes.BrokenLink);

        Assert.Equal(new SourceLocation("content/help/quiz.md", 23, 17), error.Location);
        Assert.Equal("The link 'signs.md#what-to-do' goes to content/help/signs.md, which does not exist.", error.Message);
    }

    [Fact]
    public void A_true_false_question_without_its_answer_and_a_scenario_without_questions()
    {
        var questions = """
              - id: tf
                kind: true-false
                question: It is your fault.
                explanation: It is never your fault.
                learn_more: index.md
              - id: case
                kind: scenario
                scenario: Sam is 13.
            """;
        _site.Write("content/help/quiz.md", TestSite.Page("Quiz", "parents") + "```quiz\n" + Quiz(questions) + "\n```\n");

        var result = _site.Build();

        Assert.Equal(
            [(13, "The true/false question 'tf' has no 'answer'."), (18, "The scenario 'case' has no questions.")],
            result.Errors.Select(e => (e.Location.Line, e.Message)).ToArray());
    }

    [Fact]
    public void Every_problem_in_a_quiz_is_reported_in_one_run()
    {
        var broken = ValidQuestion.Replace("        correct: true\n", "", StringComparison.Ordinal).Replace("text: Nobody", "text: \"\"", StringComparison.Ordinal);
        _site.Write("content/help/quiz.md", TestSite.Page("Quiz", "parents") + "```quiz\n" + Quiz(broken, "pass_mark: 150\ndraw: 3\n") + "\n```\n");

        var result = _site.Build();

        Assert.Equal(4, result.Errors.Count(e => e.Code == DiagnosticCodes.QuizInvalid));
    }
}
