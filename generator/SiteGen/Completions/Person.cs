namespace SiteGen.Completions;

/// <summary>
/// Someone the report counts: a roster member, or a learner found only in records. Without a
/// roster a learner is known by staff id, else email, else name and organisation.
/// </summary>
internal sealed class Person
{
    private Person(RosterMember? member, Learner? learner) => (Member, Learner) = (member, learner);

    /// <summary>The roster row, or null for someone found only in records.</summary>
    public RosterMember? Member { get; }

    /// <summary>The learner as their latest record states them.</summary>
    public Learner? Learner { get; private set; }

    public List<AcceptedRecord> Records { get; } = [];

    public string Name => Member?.Name ?? Learner!.Name;

    public string Organisation => Member?.Organisation ?? Learner!.Organisation;

    public string Role => Member?.Role ?? Learner!.Role;

    public string? Sector => Member?.Sector;

    public string? StaffId => Member is null ? Learner!.StaffId : Member.StaffId;

    public string? Email => Member is null ? Learner!.Email : Member.Email;

    public static Person OnRoster(RosterMember member) => new(member, null);

    public static Person FromRecord(Learner learner) => new(null, learner);

    /// <summary>The key that finds the same learner in another record, when there is no roster row.</summary>
    public static string IdentityOf(Learner learner) =>
        learner.StaffId?.Trim() is { Length: > 0 } id ? "staff:" + id.ToUpperInvariant()
        : learner.Email?.Trim() is { Length: > 0 } email ? "email:" + email.ToUpperInvariant()
        : $"name:{Normalise(learner.Name)}|{Normalise(learner.Organisation)}";

    public void Add(AcceptedRecord record)
    {
        Records.Add(record);
        if (Learner is null || record.Record.Completed >= Records.Max(r => r.Record.Completed))
        {
            Learner = record.Record.Learner;
        }
    }

    private static string Normalise(string text) => string.Join(' ', text.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
