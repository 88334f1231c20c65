namespace SiteGen.Completions;

/// <summary>An attempt re-scored against its answer key.</summary>
/// <param name="Attempt">The attempt as the record states it.</param>
/// <param name="Rescored">The result its answers actually earn.</param>
/// <param name="Marks">Whether each question asked was answered rightly, by question id.</param>
public sealed record ScoredAttempt(Attempt Attempt, QuizResult Rescored, IReadOnlyDictionary<string, bool> Marks);
