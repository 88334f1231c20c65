namespace SiteGen.Completions;

/// <summary>
/// The training lead's report: for each person and module the latest pass (or, failing one, the
/// latest record), whether it is in date, and the board's summaries. Built from accepted records
/// and, when there is one, the roster; everything is ordered so that the same inputs always give
/// the same files.
/// </summary>
public sealed class CompletionReport
{
    private static readonly StringComparer Text = StringComparer.OrdinalIgnoreCase;

    private CompletionReport(ReportSettings settings, RecordBatch records, Roster? roster)
    {
        Settings = settings;
        Records = records;
        Roster = roster;
    }

    /// <summary>What the report is measured by.</summary>
    public ReportSettings Settings { get; }

    /// <summary>The records read.</summary>
    public RecordBatch Records { get; }

    /// <summary>The roster, or null when none was given.</summary>
    public Roster? Roster { get; }

    /// <summary>completions.csv: one row per person and module.</summary>
    public IReadOnlyList<CompletionRow> Rows { get; private set; } = [];

    /// <summary>summary.csv without its total: one row per organisation, role and required level.</summary>
    public IReadOnlyList<SummaryRow> Summary { get; private set; } = [];

    /// <summary>The total over everyone the summary counts (the roster, or everyone found in records).</summary>
    public SummaryRow All { get; private set; } = new("All", "", "", 0, 0, 0, 0, 0);

    /// <summary>Of the roster people not trained to their level, those who have passed a module at a lower level.</summary>
    public int PassedLowerLevel { get; private set; }

    /// <summary>Each module with accepted records.</summary>
    public IReadOnlyList<ModuleSummary> Modules { get; private set; } = [];

    /// <summary>Every rejected record file and roster row.</summary>
    public IReadOnlyList<Rejection> Rejections => [.. Records.Rejected, .. Roster?.Rejected ?? []];

    /// <summary>Builds the report.</summary>
    /// <param name="settings">site.yaml's training settings and the as-of date.</param>
    /// <param name="records">The records read.</param>
    /// <param name="roster">The roster, or null.</param>
    public static CompletionReport Create(ReportSettings settings, RecordBatch records, Roster? roster)
    {
        var report = new CompletionReport(settings, records, roster);
        var people = Gather(records, roster);
        report.Rows = [.. people.SelectMany(report.RowsOf)
            .OrderBy(r => r.Organisation, Text).ThenBy(r => r.Name, Text).ThenBy(r => r.Module ?? "", StringComparer.Ordinal)];

        var counted = roster is null ? people : people.Where(p => p.Member is not null).ToList();
        var statuses = counted.Select(p => (Person: p, Status: report.LevelStatus(p))).ToList();
        report.Summary = [.. statuses
            .GroupBy(s => (s.Person.Organisation, s.Person.Role, Level: s.Person.Member?.RequiredLevel.Name ?? "any"))
            .OrderBy(g => g.Key.Organisation, Text).ThenBy(g => g.Key.Role, Text).ThenBy(g => settings.Levels.All.ToList().FindIndex(l => l.Name == g.Key.Level))
            .Select(g => Count(g.Key.Organisation, g.Key.Role, g.Key.Level, [.. g]))];
        report.All = Count("All", "", "", statuses);
        report.PassedLowerLevel = statuses.Count(s => s.Person.Member is not null && s.Status == CompletionStatus.Never && s.Person.Records.Any(r => r.Passed));
        report.Modules = [.. ModuleSummaries.Create(people, records.Accepted, settings.Levels)];
        return report;
    }

    /// <summary>The record completions.csv shows for a person and module: their latest pass, else their latest record.</summary>
    internal static AcceptedRecord Chosen(IEnumerable<AcceptedRecord> ofModule)
    {
        var latestFirst = ofModule.OrderByDescending(r => r.Record.Completed).ThenBy(r => r.File, StringComparer.Ordinal).ToList();
        return latestFirst.FirstOrDefault(r => r.Passed) ?? latestFirst[0];
    }

    private static List<Person> Gather(RecordBatch records, Roster? roster)
    {
        var people = roster?.Members.Select(Person.OnRoster).ToList() ?? [];
        var byMember = people.ToDictionary(p => p.Member!);
        var byIdentity = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var record in records.Accepted)
        {
            var learner = record.Record.Learner;
            var person = roster?.Match(learner) is { } member ? byMember[member]
                : byIdentity.TryGetValue(Person.IdentityOf(learner), out var known) ? known
                : null;
            if (person is null)
            {
                person = Person.FromRecord(learner);
                byIdentity[Person.IdentityOf(learner)] = person;
                people.Add(person);
            }

            person.Add(record);
        }

        return people;
    }

    private IEnumerable<CompletionRow> RowsOf(Person person)
    {
        var template = new CompletionRow
        {
            Name = person.Name,
            StaffId = person.StaffId,
            Email = person.Email,
            Organisation = person.Organisation,
            Role = person.Role,
            OnRoster = person.Member is not null,
            LevelRequired = person.Member?.RequiredLevel.Name,
            MeetsRequiredLevel = person.Member is null ? null : LevelStatus(person) == CompletionStatus.InDate,
            Status = CompletionStatus.Never,
        };
        if (person.Records.Count == 0)
        {
            yield return template;
            yield break;
        }

        foreach (var module in person.Records.GroupBy(r => r.Record.Module.Id))
        {
            var chosen = Chosen(module);
            var record = chosen.Record;
            var due = chosen.Passed ? record.CompletedOn.AddMonths(Settings.RefresherMonths) : (DateOnly?)null;
            yield return template with
            {
                LevelAchieved = chosen.Passed ? Settings.Levels.NameOf(chosen.Key.Module.Level) : null,
                Module = record.Module.Id,
                ModuleTitle = chosen.Key.Module.Title,
                Version = record.Module.Version,
                Completed = record.CompletedOn,
                Result = record.Result,
                RefresherDue = due,
                Status = due is null ? CompletionStatus.NotPassed : due >= Settings.AsOf ? CompletionStatus.InDate : CompletionStatus.Overdue,
                RecordId = record.RecordId,
                File = chosen.File,
            };
        }
    }

    /// <summary>In date if any latest pass at or above the person's required level is in date; overdue if there are only expired ones; else never.</summary>
    private CompletionStatus LevelStatus(Person person)
    {
        var required = person.Member is { } member ? Settings.Levels.Rank(member.RequiredLevel.Id) : 0;
        var dues = person.Records
            .GroupBy(r => r.Record.Module.Id)
            .Select(Chosen)
            .Where(r => r.Passed && Settings.Levels.Rank(r.Key.Module.Level) >= required)
            .Select(r => r.Record.CompletedOn.AddMonths(Settings.RefresherMonths))
            .ToList();
        return dues.Count == 0 ? CompletionStatus.Never : dues.Any(d => d >= Settings.AsOf) ? CompletionStatus.InDate : CompletionStatus.Overdue;
    }

    private static SummaryRow Count(string organisation, string role, string level, IReadOnlyCollection<(Person Person, CompletionStatus Status)> group) => new(
        organisation, role, level, group.Count, group.Count(s => s.Person.Member is not null),
        group.Count(s => s.Status == CompletionStatus.InDate), group.Count(s => s.Status == CompletionStatus.Overdue), group.Count(s => s.Status == CompletionStatus.Never));
}
