namespace SiteGen.Completions;

/// <summary>A quiz result: questions right out of questions asked, the rounded-down percentage, and whether it passed.</summary>
/// <param name="Score">Questions right.</param>
/// <param name="Total">Questions asked.</param>
/// <param name="Percent">Score × 100 / total, rounded down.</param>
/// <param name="Passed">Whether the percentage reached the pass mark.</param>
public sealed record QuizResult(int Score, int Total, int Percent, bool Passed)
{
    /// <summary>The result as "12/13 (92%, passed)".</summary>
    public override string ToString() => $"{Score}/{Total} ({Percent}%, {(Passed ? "passed" : "not passed")})";
}
