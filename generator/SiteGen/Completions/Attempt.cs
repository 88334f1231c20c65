namespace SiteGen.Completions;

/// <summary>One attempt at a module's quiz, with the result the browser stated for it.</summary>
/// <param name="Number">The attempt's number (1 for the first).</param>
/// <param name="Started">When the attempt began.</param>
/// <param name="Completed">When it was checked.</param>
/// <param name="Answers">The option ids chosen, by question id, for every question asked.</param>
/// <param name="Result">The score the record states.</param>
public sealed record Attempt(int Number, DateTimeOffset Started, DateTimeOffset Completed,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Answers, QuizResult Result);
