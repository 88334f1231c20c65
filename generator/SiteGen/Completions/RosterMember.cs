using SiteGen.Configuration;

namespace SiteGen.Completions;

/// <summary>One person on the training lead's roster: who should be trained, and to which level.</summary>
/// <param name="Row">The roster line they are on.</param>
/// <param name="StaffId">Their staff id or number, or null.</param>
/// <param name="Email">Their email address, or null.</param>
/// <param name="Name">Their name.</param>
/// <param name="Organisation">Their organisation.</param>
/// <param name="Role">Their role.</param>
/// <param name="RequiredLevel">The training level their role needs.</param>
public sealed record RosterMember(int Row, string? StaffId, string? Email, string Name, string Organisation, string Role, TrainingLevel RequiredLevel)
{
    /// <summary>The sector or agency (education, health, police…), or null when the roster has none.</summary>
    public string? Sector { get; init; }

    /// <summary>Other names the person's records may carry (a married name, a name they go by).</summary>
    public IReadOnlyList<string> AlsoKnownAs { get; init; } = [];
}
