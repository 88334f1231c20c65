namespace SiteGen.Completions;

/// <summary>
/// Where each value is in an LMS's SCORM report, found by its header (ignoring case, spaces and
/// punctuation, so "Email address", "email" and "E-mail" are the same).
/// </summary>
internal sealed record LmsColumns
{
    public int? Name { get; private init; }

    public int? FirstName { get; private init; }

    public int? LastName { get; private init; }

    public int? Email { get; private init; }

    public int? IdNumber { get; private init; }

    public int? Attempt { get; private init; }

    public int? Started { get; private init; }

    public int? LastAccessed { get; private init; }

    public int? Score { get; private init; }

    /// <summary>The SCO's column of a detailed report: headed with the module's title, or the one column after Score.</summary>
    public int? Status { get; private init; }

    /// <summary>Why the header cannot be used, or null.</summary>
    public Problem? Problem { get; private init; }

    public static LmsColumns Find(IReadOnlyList<string> headers, string moduleTitle)
    {
        int? At(params string[] names)
        {
            for (var i = 0; i < headers.Count; i++)
            {
                if (names.Contains(Normalise(headers[i])))
                {
                    return i;
                }
            }

            return null;
        }

        var score = At("score", "grade");
        var titled = At(Normalise(moduleTitle));
        var columns = new LmsColumns
        {
            Name = At("name", "fullname", "user", "firstnamelastname", "firstnamesurname"), // Moodle 4 heads its name column "First name / Last name"
            FirstName = At("firstname"),
            LastName = At("lastname", "surname"),
            Email = At("emailaddress", "email"),
            IdNumber = At("idnumber", "staffid", "staffnumber"),
            Attempt = At("attempt"),
            Started = At("startedon", "started"),
            LastAccessed = At("lastaccessedon", "lastaccessed", "completedon", "completed"),
            Score = score,
            Status = titled ?? (score is { } s && s == headers.Count - 2 ? s + 1 : null),
        };

        var missing = new List<string>();
        if (columns.Name is null && (columns.FirstName is null || columns.LastName is null))
        {
            missing.Add("Name (or First name and Last name)");
        }

        missing.AddRange(new (int? Column, string Header)[] { (columns.Attempt, "Attempt"), (columns.Started, "Started on"), (columns.LastAccessed, "Last accessed on") }
            .Where(c => c.Column is null).Select(c => c.Header));
        if (columns.Score is null && columns.Status is null)
        {
            missing.Add($"Score (or a column headed '{moduleTitle}')");
        }

        return missing.Count == 0 ? columns : columns with
        {
            Problem = new Problem(ProblemKind.RosterColumns,
                $"the LMS results have no {string.Join(", ", missing)} column (the header row has: {string.Join(", ", headers)}); " +
                "download the SCORM package's Basic report from Moodle (as text or CSV), with its Name, Attempt, Started on, Last accessed on and Score columns"),
        };
    }

    private static string Normalise(string header) => new([.. header.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
