namespace SiteGen.Completions;

/// <summary>A record file or roster row that was not used, with every reason found.</summary>
/// <param name="File">The file, as the training lead named it.</param>
/// <param name="Row">The roster line, or null for a record file.</param>
/// <param name="RecordId">The record's id when it could be read.</param>
/// <param name="Problems">Every reason, in the order found.</param>
/// <param name="Person">Who the file or row belongs to, as far as it could be read.</param>
public sealed record Rejection(string File, int? Row, string? RecordId, IReadOnlyList<Problem> Problems, PersonNamed? Person = null)
{
    /// <summary>The reasons joined with "; ", as rejected.csv holds them.</summary>
    public string Reason => string.Join("; ", Problems.Select(p => p.Text));
}
