namespace SiteGen.Completions;

/// <summary>Why a record is held back from the figures until the training lead has looked at it.</summary>
public enum CheckReason
{
    /// <summary>Its staff id or email is a roster person's, but its name or organisation is someone else's.</summary>
    DifferentPerson,

    /// <summary>Its staff id or email is a roster person's, and its name or organisation nearly agrees.</summary>
    ProbablySamePerson,

    /// <summary>It was completed far faster than the module can be read.</summary>
    TooQuick,
}

/// <summary>
/// An accepted record that the report does not count until the training lead settles it with
/// <c>--accept</c>: the identities side by side, and how long it took against the estimate.
/// </summary>
/// <param name="Record">The record.</param>
/// <param name="Member">The roster row its staff id or email matched, or null.</param>
/// <param name="Reasons">Every reason it is held back.</param>
/// <param name="Time">How long it took, and the module's estimate.</param>
public sealed record RecordToCheck(AcceptedRecord Record, RosterMember? Member, IReadOnlyList<CheckReason> Reasons, ReadingTime Time)
{
    /// <summary>What the lead writes in the decisions file to count it, for each reason.</summary>
    public string HowToSettle => string.Join("; ", Reasons.Select(r => r switch
    {
        CheckReason.TooQuick => "if the time is right, add the record with decision 'time ok'",
        _ => "add the record with decision 'same person' to count it for the roster row, or 'different person' to count it as someone not on the roster",
    }).Distinct());

    /// <summary>The reasons in words.</summary>
    public string Why => string.Join("; ", Reasons.Select(r => r switch
    {
        CheckReason.DifferentPerson => $"its {MatchedBy} belongs to {Member!.Name} ({Member.Organisation}), roster row {Member.Row}, but it names someone else",
        CheckReason.ProbablySamePerson => $"its {MatchedBy} belongs to {Member!.Name} ({Member.Organisation}), roster row {Member.Row}, and the names nearly agree: confirm it is them",
        _ => $"completed in {ReadingTime.Describe(Time.SecondsTaken)}; the module is estimated at {Time.MinutesEstimated} minutes",
    }));

    private string MatchedBy => Member is { StaffId: { } id } && string.Equals(id, Record.Record.Learner.StaffId?.Trim(), StringComparison.OrdinalIgnoreCase)
        ? $"staff id {id}"
        : $"email {Member?.Email}";
}
