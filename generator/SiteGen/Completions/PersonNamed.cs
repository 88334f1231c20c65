namespace SiteGen.Completions;

/// <summary>
/// Who a rejected record file or roster row belongs to, as far as it could be read, so that a
/// training lead knows whom to ask for a new copy. Any part may be missing.
/// </summary>
/// <param name="Name">The person's name.</param>
/// <param name="Organisation">Their organisation.</param>
/// <param name="StaffId">Their staff id.</param>
/// <param name="Email">Their email address.</param>
public sealed record PersonNamed(string? Name, string? Organisation, string? StaffId, string? Email)
{
    /// <summary>The person read from a record's <c>learner</c> member, or null when it has none that can be read.</summary>
    /// <param name="root">The record file's JSON.</param>
    public static PersonNamed? FromRecord(System.Text.Json.JsonElement root)
    {
        if (root.ValueKind != System.Text.Json.JsonValueKind.Object || !root.TryGetProperty("learner", out var learner)
            || learner.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            return null;
        }

        string? Text(string name) => learner.TryGetProperty(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String
            && JsonText.Value(value).Trim() is { Length: > 0 } text ? (text.Length <= 200 ? text : text[..200]) : null;

        var person = new PersonNamed(Text("name"), Text("organisation"), Text("staffId"), Text("email"));
        return person is { Name: null, Organisation: null, StaffId: null, Email: null } ? null : person;
    }
}
