namespace SiteGen.Completions;

/// <summary>Who took the training, as the learner typed it on the certificate form (unchecked).</summary>
/// <param name="Name">The learner's name.</param>
/// <param name="Organisation">Where they work or volunteer.</param>
/// <param name="Role">Their role.</param>
/// <param name="StaffId">Their staff id or number, if they gave one.</param>
/// <param name="Email">Their email address, if they gave one.</param>
public sealed record Learner(string Name, string Organisation, string Role, string? StaffId, string? Email);
