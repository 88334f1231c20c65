namespace SiteGen.Completions;

/// <summary>One way a JSON document breaks its schema.</summary>
/// <param name="Path">Where, as <c>learner.email</c> or <c>attempts[0].score</c>; empty for the whole document.</param>
/// <param name="Message">What is wrong, without repeating the value (it may be personal data).</param>
public sealed record SchemaError(string Path, string Message)
{
    /// <summary>The error as <c>learner.email: does not match pattern …</c>.</summary>
    public override string ToString() => $"{(Path.Length == 0 ? "the record" : Path)}: {Message}";
}
