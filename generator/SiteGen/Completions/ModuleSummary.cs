namespace SiteGen.Completions;

/// <summary>A module across every accepted record of it: completions, first-attempt passes, confidence and hard questions.</summary>
/// <param name="Module">The module's id.</param>
/// <param name="Title">Its title, from its newest answer key.</param>
/// <param name="Level">Its level's name.</param>
/// <param name="People">People with an accepted record of it.</param>
/// <param name="Completions">Of them, people who passed.</param>
/// <param name="FirstAttemptPasses">Of them, people who passed at their first attempt.</param>
/// <param name="Confidence">Mean confidence before and after, per confidence question.</param>
/// <param name="Misses">The questions most often answered wrongly, most first (at most ten).</param>
public sealed record ModuleSummary(string Module, string Title, string Level, int People, int Completions, int FirstAttemptPasses,
    IReadOnlyList<ConfidenceChange> Confidence, IReadOnlyList<QuestionMisses> Misses)
{
    /// <summary>First-attempt passes as a whole percentage of people, to the nearest.</summary>
    public int FirstAttemptPercent => Percentages.Of(FirstAttemptPasses, People);

    /// <summary>People who passed, in the end, as a whole percentage of people with a record.</summary>
    public int PassPercent => Percentages.Of(Completions, People);

    /// <summary>Quiz attempts made, over every learner's counted record.</summary>
    public int Attempts { get; init; }

    /// <summary>The middle learner's time on the module, in minutes; null without records.</summary>
    public int? MedianMinutes { get; init; }

    /// <summary>The module's estimated time, from its newest answer key, or null.</summary>
    public int? EstimatedMinutes { get; init; }
}

/// <summary>Mean confidence (1 to 5) before and after a module, over learners who answered both.</summary>
/// <param name="Id">The confidence question's id.</param>
/// <param name="Question">Its text.</param>
/// <param name="Learners">Learners who answered it before and after.</param>
/// <param name="Before">Their mean before.</param>
/// <param name="After">Their mean after.</param>
public sealed record ConfidenceChange(string Id, string Question, int Learners, double Before, double After)
{
    /// <summary>After minus before.</summary>
    public double Change => After - Before;
}

/// <summary>How often a question was answered wrongly, across every attempt of accepted records.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="Question">Its text, from the newest key that has it.</param>
/// <param name="Asked">Times asked.</param>
/// <param name="Wrong">Times answered wrongly.</param>
/// <param name="Scenario">The scenario the question is about, as learners read it; null for a question on its own.</param>
public sealed record QuestionMisses(string Id, string Question, int Asked, int Wrong, string? Scenario = null)
{
    /// <summary>Wrong answers as a whole percentage of times asked, to the nearest.</summary>
    public int PercentWrong => Percentages.Of(Wrong, Asked);
}
