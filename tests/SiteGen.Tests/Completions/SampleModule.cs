using SiteGen.Completions;
using SiteGen.Quizzes;

namespace SiteGen.Tests.Completions;

/// <summary>
/// A training module as the build would know it: its details and a hand-made quiz, from which
/// tests write the module's answer key and make records. The right answers here come from the
/// quiz itself, not from the report's code.
/// </summary>
public sealed record SampleModule(string Id, string Title, string Level, string LevelName, string Version, string QuizVersion, int PassMark, QuizDefinition Quiz)
{
    /// <summary>Level 1: five answerable questions (one multiple answer, one true/false, a scenario of two); 4 of 5 passes.</summary>
    public static readonly SampleModule Level1 = new("level-1", "Level 1: CSE awareness for all staff", "level-1", "Level 1: awareness",
        "5f0c2e9a7b1d3c48", "a41c9e0b2d7f6e15", 80, new QuizDefinition
        {
            Id = "training-level-1",
            Title = "Check what you have learned",
            Confidence =
            [
                new ConfidenceQuestion { Id = "recognise-signs", Question = "How confident are you that you would recognise the signs of CSE?" },
                new ConfidenceQuestion { Id = "know-who-to-tell", Question = "How confident are you that you know who to tell?" },
            ],
            Questions =
            [
                Single("what-cse-is", "Which of these best describes child sexual exploitation?", "abuse-of-power", "a-relationship", "a-choice"),
                new QuizQuestion
                {
                    Id = "signs", Kind = QuestionKind.Multiple, Question = "Which of these can be signs? Select all that apply.",
                    Options = [Option("missing", true), Option("gifts", true), Option("good-grades", false)],
                },
                new QuizQuestion { Id = "consent", Kind = QuestionKind.TrueFalse, Question = "A 15-year-old < 16 can consent to sexual activity with an adult.", Answer = false },
                new QuizQuestion
                {
                    Id = "jay", Kind = QuestionKind.Scenario, Scenario = "Jay, 14, has a new phone and an older 'boyfriend'.",
                    Questions =
                    [
                        Single("jay-worry", "Should you be worried?", "yes", "no"),
                        Single("jay-next", "What do you do next?", "tell-dsl", "wait"),
                    ],
                },
            ],
        });

    /// <summary>Level 2: three questions; all three are needed to pass.</summary>
    public static readonly SampleModule Level2 = new("level-2", "Level 2: working with children at risk", "level-2", "Level 2: practitioners",
        "0a1b2c3d4e5f6071", "b52d0f1c3e8a7d26", 80, new QuizDefinition
        {
            Id = "training-level-2",
            Title = "Check what you have learned",
            Questions =
            [
                Single("referral", "Where does a referral go?", "front-door", "police-only"),
                Single("disruption", "What is a disruption tool?", "cawn", "curfew"),
                Single("language", "Which wording is right?", "exploited", "risky-lifestyle"),
            ],
        });

    /// <summary>A module as a site's build wrote its answer key, for records made for that site; the right answers come from the key.</summary>
    public static SampleModule FromKey(ModuleKey key) => new(key.Module.Id, key.Module.Title, key.Module.Level, key.Module.LevelName,
        key.Module.Version, key.Module.QuizVersion, key.Module.PassMark, new QuizDefinition
        {
            Id = key.Module.QuizId,
            Title = key.Module.Title,
            Confidence = [.. key.Confidence.Select(c => new ConfidenceQuestion { Id = c.Id, Question = c.Question })],
            Questions = [.. key.Questions.Select(q => new QuizQuestion
            {
                Id = q.Id,
                Kind = q.Correct.Count == 1 ? QuestionKind.Single : QuestionKind.Multiple,
                Question = q.Question,
                Options = [.. q.Options.Select(o => new QuizOption { Id = o.Id, Text = o.Text, Correct = q.Correct.Contains(o.Id) })],
            })],
        });

    /// <summary>The questions a learner answers, in order.</summary>
    public IEnumerable<QuizQuestion> Answerable => Quiz.Questions.SelectMany(q => q.Answerable);

    /// <summary>The correct option ids of a question.</summary>
    public static string[] Correct(QuizQuestion question) => [.. question.Choices.Where(c => c.Correct).Select(c => c.Id)];

    /// <summary>Answers to every question: right, except the first <paramref name="wrong"/> questions, which get a wrong option.</summary>
    public Dictionary<string, string[]> Answers(int wrong = 0) => Answerable.Select((q, i) => (q, i)).ToDictionary(
        x => x.q.Id,
        x => x.i < wrong ? [x.q.Choices.First(c => !c.Correct).Id] : Correct(x.q));

    private static QuizQuestion Single(string id, string question, string right, params string[] others) => new()
    {
        Id = id,
        Kind = QuestionKind.Single,
        Question = question,
        Options = [Option(right, true), .. others.Select(o => Option(o, false))],
    };

    private static QuizOption Option(string id, bool correct) => new() { Id = id, Text = $"Option {id}", Correct = correct };
}
