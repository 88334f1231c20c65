namespace SiteGen.Completions;

/// <summary>One line of completions.csv: a person and a module (or a roster person with no record, module blank).</summary>
public sealed record CompletionRow
{
    /// <summary>The roster's name for the person, else the name on their latest record.</summary>
    public required string Name { get; init; }

    /// <summary>Staff id, from the roster or the record.</summary>
    public string? StaffId { get; init; }

    /// <summary>Email, from the roster or the record.</summary>
    public string? Email { get; init; }

    /// <summary>Sector, from the roster; null without one.</summary>
    public string? Sector { get; init; }

    /// <summary>Organisation, from the roster or the record.</summary>
    public required string Organisation { get; init; }

    /// <summary>Role, from the roster or the record.</summary>
    public required string Role { get; init; }

    /// <summary>Whether the person is on the roster.</summary>
    public required bool OnRoster { get; init; }

    /// <summary>The name of the level the roster requires of them.</summary>
    public string? LevelRequired { get; init; }

    /// <summary>The name of the level this module's pass achieves; null without a pass.</summary>
    public string? LevelAchieved { get; init; }

    /// <summary>
    /// Whether the person (not this module) is trained to their required level and in date, by the
    /// summary's rule: an in-date pass at a module whose level is at or above the one they need.
    /// The same on each of the person's rows; null for someone not on the roster.
    /// </summary>
    public bool? MeetsRequiredLevel { get; init; }

    /// <summary>The module's id; null for a roster person with no record.</summary>
    public string? Module { get; init; }

    /// <summary>The module's title, from its answer key.</summary>
    public string? ModuleTitle { get; init; }

    /// <summary>The module version the record was made on.</summary>
    public string? Version { get; init; }

    /// <summary>The certificate's date.</summary>
    public DateOnly? Completed { get; init; }

    /// <summary>The record's (re-scored) result.</summary>
    public QuizResult? Result { get; init; }

    /// <summary>When a refresher is due; null without a pass.</summary>
    public DateOnly? RefresherDue { get; init; }

    /// <summary>In date, overdue, not passed or never.</summary>
    public required CompletionStatus Status { get; init; }

    /// <summary>The record counted.</summary>
    public string? RecordId { get; init; }

    /// <summary>The file it was read from.</summary>
    public string? File { get; init; }
}
