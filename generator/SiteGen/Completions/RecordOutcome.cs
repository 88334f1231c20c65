namespace SiteGen.Completions;

/// <summary>What reading one record file came to: an accepted record, or the reasons it was rejected.</summary>
/// <param name="File">The file as the training lead named it.</param>
/// <param name="RecordId">The record's id, when the file has one that could be read.</param>
/// <param name="Accepted">The record, when it passed every check.</param>
/// <param name="Problems">Every reason it was rejected; empty when accepted.</param>
/// <param name="Person">Who the file says it belongs to, as far as it could be read; null when nothing could.</param>
public sealed record RecordOutcome(string File, string? RecordId, AcceptedRecord? Accepted, IReadOnlyList<Problem> Problems, PersonNamed? Person = null);
