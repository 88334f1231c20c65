namespace SiteGen.Completions;

/// <summary>Where a person stands on a module (or, for the summary, on their required level).</summary>
public enum CompletionStatus
{
    /// <summary>Passed, and the refresher is not yet due.</summary>
    InDate,

    /// <summary>Passed, but the refresher date has gone by.</summary>
    Overdue,

    /// <summary>Has records for the module, none of them a pass.</summary>
    NotPassed,

    /// <summary>On the roster with no record at all (in the summary: no pass at their level).</summary>
    Never,
}

/// <summary>How statuses are written in the CSV files and the report.</summary>
public static class CompletionStatusText
{
    /// <summary>"in date", "overdue", "not passed" or "never".</summary>
    /// <param name="status">The status.</param>
    public static string ToText(this CompletionStatus status) => status switch
    {
        CompletionStatus.InDate => "in date",
        CompletionStatus.Overdue => "overdue",
        CompletionStatus.NotPassed => "not passed",
        _ => "never",
    };
}
