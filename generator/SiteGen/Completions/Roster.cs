using CsvHelper;

namespace SiteGen.Completions;

/// <summary>
/// The staff list a report is measured against (a CSV file). Headers are matched ignoring case,
/// spaces, underscores and hyphens, with the usual other names ("Staff number", "Organization").
/// Optional columns: <c>sector</c> (or agency: education, health, police…), which groups the
/// board's tables, and <c>also_known_as</c>, other names a person's records may carry, separated by ';'.
/// A row that cannot be used is rejected with its line and reason; the other rows still count.
/// </summary>
public sealed class Roster
{
    private static readonly Dictionary<string, Column> Aliases = new(StringComparer.Ordinal)
    {
        ["staffid"] = Column.StaffId,
        ["staffnumber"] = Column.StaffId,
        ["email"] = Column.Email,
        ["name"] = Column.Name,
        ["organisation"] = Column.Organisation,
        ["organization"] = Column.Organisation,
        ["role"] = Column.Role,
        ["requiredlevel"] = Column.RequiredLevel,
        ["sector"] = Column.Sector,
        ["agency"] = Column.Sector,
        ["alsoknownas"] = Column.AlsoKnownAs,
        ["aliases"] = Column.AlsoKnownAs,
        ["aka"] = Column.AlsoKnownAs,
    };

    private static readonly Column[] Needed = [Column.Name, Column.Organisation, Column.Role, Column.RequiredLevel];

    private readonly Dictionary<string, RosterMember> _byStaffId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RosterMember> _byEmail = new(StringComparer.OrdinalIgnoreCase);

    private Roster(string file, List<RosterMember> members, List<Rejection> rejected)
    {
        (File, Members, Rejected) = (file, members, rejected);
        foreach (var member in members)
        {
            if (member.StaffId is { } id)
            {
                _byStaffId.TryAdd(id, member);
            }

            if (member.Email is { } email)
            {
                _byEmail.TryAdd(email, member);
            }
        }
    }

    private enum Column
    {
        StaffId,
        Email,
        Name,
        Organisation,
        Role,
        RequiredLevel,
        Sector,
        AlsoKnownAs,
    }

    /// <summary>The roster file as messages name it.</summary>
    public string File { get; }

    /// <summary>Everyone on the roster, in file order.</summary>
    public IReadOnlyList<RosterMember> Members { get; }

    /// <summary>The rows that could not be used (or the header, when a column is missing).</summary>
    public IReadOnlyList<Rejection> Rejected { get; }

    /// <summary>Reads a roster CSV file.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="file">The file as messages name it.</param>
    /// <param name="levels">site.yaml's training levels, which required_level names.</param>
    public static Roster Read(string path, string file, TrainingLevels levels)
    {
        var members = new List<RosterMember>();
        var rejected = new List<Rejection>();
        // One stray quote must not swallow the rows after it, so a line break always ends a row.
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { TrackLineNumbers = true, TrimWhitespace = true, AllowLineBreaksInQuotes = false });
        var headers = csv.Headers;
        var columns = new Dictionary<Column, int>();
        var headerProblems = new List<Problem>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (Aliases.TryGetValue(Normalise(headers[i]), out var column) && !columns.TryAdd(column, i))
            {
                headerProblems.Add(new Problem(ProblemKind.RosterColumns, $"columns {columns[column] + 1} and {i + 1} are both '{Header(column)}'; keep one"));
            }
        }

        var missing = Needed.Where(c => !columns.ContainsKey(c)).Select(Header).ToList();
        if (!columns.ContainsKey(Column.StaffId) && !columns.ContainsKey(Column.Email))
        {
            missing.Add("staff_id or email");
        }

        if (missing.Count > 0)
        {
            headerProblems.Add(new Problem(ProblemKind.RosterColumns,
                $"the roster has no {string.Join(", ", missing)} column (its header row has: {string.Join(", ", headers)}); " +
                "add the column, or rename it to one of: staff_id, email, name, organisation, role, required_level"));
        }

        if (headerProblems.Count > 0)
        {
            rejected.Add(new Rejection(file, 1, null, headerProblems));
            return new Roster(file, members, rejected);
        }

        var firstRowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            var row = (int)csv.LineNumber;
            string? Value(Column column) =>
                columns.TryGetValue(column, out var index) && index < csv.FieldCount && csv.GetString(index).Trim() is { Length: > 0 } value ? value : null;

            var problems = new List<Problem>();
            var blank = Needed.Where(c => Value(c) is null).Select(Header).ToList();
            if (Value(Column.StaffId) is null && Value(Column.Email) is null)
            {
                blank.Add("staff_id or email");
            }

            if (blank.Count > 0)
            {
                problems.Add(new Problem(ProblemKind.RosterRow, $"row {row} has no {string.Join(", ", blank)}; every row needs name, organisation, role, required_level and a staff_id or email"));
            }

            var level = Value(Column.RequiredLevel) is { } wanted ? levels.Find(wanted) : null;
            if (Value(Column.RequiredLevel) is { } unknown && level is null)
            {
                problems.Add(new Problem(ProblemKind.RosterRow, $"row {row}: required_level '{unknown}' is not a training level in site.yaml (use one of: {levels.Describe()})"));
            }

            foreach (var (column, label) in new[] { (Column.StaffId, "staff id"), (Column.Email, "email") })
            {
                if (Value(column) is { } identity && !firstRowOf.TryAdd($"{column}:{identity}", row))
                {
                    problems.Add(new Problem(ProblemKind.RosterRow, $"row {row} has the same {label} as row {firstRowOf[$"{column}:{identity}"]}; each person needs one row"));
                }
            }

            if (problems.Count > 0)
            {
                rejected.Add(new Rejection(file, row, null, problems,
                    new PersonNamed(Value(Column.Name), Value(Column.Organisation), Value(Column.StaffId), Value(Column.Email))));
                continue;
            }

            members.Add(new RosterMember(row, Value(Column.StaffId), Value(Column.Email), Value(Column.Name)!, Value(Column.Organisation)!, Value(Column.Role)!, level!)
            {
                Sector = Value(Column.Sector),
                AlsoKnownAs = Value(Column.AlsoKnownAs)?.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            });
        }

        return new Roster(file, members, rejected);
    }

    /// <summary>The roster member a record's learner is: by staff id first, then by email; null when neither matches.</summary>
    /// <param name="learner">The learner as the record states them.</param>
    public RosterMember? Match(Learner learner) =>
        (learner.StaffId?.Trim() is { Length: > 0 } id ? _byStaffId.GetValueOrDefault(id) : null)
        ?? (learner.Email?.Trim() is { Length: > 0 } email ? _byEmail.GetValueOrDefault(email) : null);

    private static string Normalise(string header) =>
        new([.. header.Trim().ToLowerInvariant().Where(c => c is not (' ' or '_' or '-'))]);

    private static string Header(Column column) => column switch
    {
        Column.StaffId => "staff_id",
        Column.Email => "email",
        Column.Name => "name",
        Column.Organisation => "organisation",
        Column.Role => "role",
        Column.Sector => "sector",
        Column.AlsoKnownAs => "also_known_as",
        _ => "required_level",
    };
}
