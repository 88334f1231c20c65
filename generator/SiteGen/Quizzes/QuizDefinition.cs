using SiteGen.Yaml;

namespace SiteGen.Quizzes;

/// <summary>A quiz as an editor writes it, in a fenced <c>quiz</c> block of a page.</summary>
public sealed class QuizDefinition : YamlMapped
{
    /// <summary>Unique across the site: it names the quiz's data file and its stored results.</summary>
    public required string Id { get; init; }

    /// <summary>The quiz's heading.</summary>
    public required string Title { get; init; }

    /// <summary>A sentence or two before the questions.</summary>
    public string? Intro { get; init; }

    /// <summary>Percentage needed to pass; site.yaml's <c>training.pass_mark</c> when absent.</summary>
    public int? PassMark { get; init; }

    /// <summary>How many attempts a learner has; unlimited when absent.</summary>
    public int? Attempts { get; init; }

    /// <summary>Shuffle questions and options on each attempt.</summary>
    public bool Shuffle { get; init; } = true;

    /// <summary>Ask this many of the questions, drawn afresh on each attempt ("ask 10 of these 20").</summary>
    public int? Draw { get; init; }

    /// <summary>Confidence questions asked before and after, on a 1 to 5 scale.</summary>
    public IReadOnlyList<ConfidenceQuestion> Confidence { get; init; } = [];

    /// <summary>The questions, in the order they are printed.</summary>
    public required IReadOnlyList<QuizQuestion> Questions { get; init; }
}

/// <summary>"How confident are you that…?", asked before the quiz and again after it.</summary>
public sealed class ConfidenceQuestion : YamlMapped
{
    /// <summary>Unique within the quiz.</summary>
    public required string Id { get; init; }

    /// <summary>The question.</summary>
    public required string Question { get; init; }

    /// <summary>Five labels, from 1 (least confident) to 5.</summary>
    public IReadOnlyList<string> Scale { get; init; } = [];
}

/// <summary>The kinds of question a quiz can ask.</summary>
public enum QuestionKind
{
    /// <summary>One right answer, chosen with radios.</summary>
    Single,

    /// <summary>"Select all that apply", chosen with checkboxes.</summary>
    Multiple,

    /// <summary>A statement that is true or false.</summary>
    TrueFalse,

    /// <summary>A short case, then questions about it.</summary>
    Scenario,
}

/// <summary>One question, or for a scenario, the case and its questions.</summary>
public sealed class QuizQuestion : YamlMapped
{
    /// <summary>Unique within the quiz; completion records name answers by it.</summary>
    public required string Id { get; init; }

    /// <summary>What kind of question it is.</summary>
    public required QuestionKind Kind { get; init; }

    /// <summary>The question (not for a scenario, whose questions carry their own).</summary>
    public string? Question { get; init; }

    /// <summary>The case a scenario's questions are about.</summary>
    public string? Scenario { get; init; }

    /// <summary>A scenario's questions.</summary>
    public IReadOnlyList<QuizQuestion> Questions { get; init; } = [];

    /// <summary>The options of a single- or multiple-answer question.</summary>
    public IReadOnlyList<QuizOption> Options { get; init; } = [];

    /// <summary>The right answer of a true/false question.</summary>
    public bool? Answer { get; init; }

    /// <summary>Feedback for a reader who answers "true".</summary>
    public string? TrueFeedback { get; init; }

    /// <summary>Feedback for a reader who answers "false".</summary>
    public string? FalseFeedback { get; init; }

    /// <summary>Why the answer is right, shown after answering and in the printed answers.</summary>
    public string? Explanation { get; init; }

    /// <summary>The page (a relative .md link, with an optional #heading) that teaches this.</summary>
    public string? LearnMore { get; init; }

    /// <summary>The answers to choose from: the options, or "True" and "False" for a true/false question.</summary>
    public IReadOnlyList<QuizOption> Choices => Kind == QuestionKind.TrueFalse
        ?
        [
            new QuizOption { Id = "true", Text = "True", Correct = Answer == true, Feedback = TrueFeedback },
            new QuizOption { Id = "false", Text = "False", Correct = Answer == false, Feedback = FalseFeedback },
        ]
        : Options;

    /// <summary>The questions a reader answers: a scenario's own, or this one.</summary>
    public IEnumerable<QuizQuestion> Answerable => Kind == QuestionKind.Scenario ? Questions : [this];
}

/// <summary>One answer to choose.</summary>
public sealed class QuizOption : YamlMapped
{
    /// <summary>Unique within the question.</summary>
    public required string Id { get; init; }

    /// <summary>The answer's text.</summary>
    public required string Text { get; init; }

    /// <summary>True for a right answer.</summary>
    public bool Correct { get; init; }

    /// <summary>Said to a reader who chose it.</summary>
    public string? Feedback { get; init; }
}
