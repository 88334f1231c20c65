namespace SiteGen.Completions;

/// <summary>One reason a record or roster row was rejected.</summary>
/// <param name="Kind">What sort of problem it is, for the board's counts.</param>
/// <param name="Text">What is wrong, for the training lead: specific, without repeating personal data.</param>
public sealed record Problem(ProblemKind Kind, string Text)
{
    /// <summary>The text.</summary>
    public override string ToString() => Text;
}
