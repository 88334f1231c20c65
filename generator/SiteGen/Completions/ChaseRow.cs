namespace SiteGen.Completions;

/// <summary>What a person on the list to chase needs.</summary>
public enum ChaseNeed
{
    /// <summary>No pass at the level their role needs.</summary>
    NotTrained,

    /// <summary>Their pass at their level is past its refresher date.</summary>
    Overdue,

    /// <summary>Their refresher falls due soon.</summary>
    DueSoon,
}

/// <summary>A line of to-chase.csv: someone to chase, and what for.</summary>
/// <param name="Sector">Their sector, if the roster has one.</param>
/// <param name="Organisation">Their organisation.</param>
/// <param name="Name">Their name.</param>
/// <param name="StaffId">Their staff id.</param>
/// <param name="Email">Their email address.</param>
/// <param name="Role">Their role.</param>
/// <param name="LevelRequired">The level their role needs.</param>
/// <param name="Need">Why they are chased.</param>
/// <param name="Detail">What they need, in words.</param>
/// <param name="Due">When the refresher was or is due; null when never trained.</param>
public sealed record ChaseRow(string? Sector, string Organisation, string Name, string? StaffId, string? Email, string Role, string LevelRequired,
    ChaseNeed Need, string Detail, DateOnly? Due)
{
    /// <summary>"not trained", "overdue" or "due soon".</summary>
    public string NeedText => Need switch
    {
        ChaseNeed.NotTrained => "not trained",
        ChaseNeed.Overdue => "overdue",
        _ => "due soon",
    };
}
