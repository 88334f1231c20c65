namespace SiteGen.Completions;

/// <summary>
/// The training lead's report: for each person and module the latest pass (or, failing one, the
/// latest record), whether it is in date, and the board's summaries. Built from accepted records
/// and, when there is one, the roster; everything is ordered so that the same inputs always give
/// the same files.
/// </summary>
/// <remarks>
/// A record is counted only when nothing about it needs a person's judgement: one whose staff id
/// or email matches a roster row but whose name or organisation does not (or only nearly does),
/// or one completed far faster than the module can be read, is held back in
/// <see cref="ToCheck"/> until the training lead settles it (<see cref="Settlements"/>).
/// </remarks>
public sealed class CompletionReport
{
    private static readonly StringComparer Text = StringComparer.OrdinalIgnoreCase;

    private CompletionReport(ReportSettings settings, RecordBatch records, Roster? roster, Settlements settlements)
    {
        Settings = settings;
        Records = records;
        Roster = roster;
        Settlements = settlements;
    }

    /// <summary>What the report is measured by.</summary>
    public ReportSettings Settings { get; }

    /// <summary>The records read.</summary>
    public RecordBatch Records { get; }

    /// <summary>The roster, or null when none was given.</summary>
    public Roster? Roster { get; }

    /// <summary>The training lead's decisions on records held for checking.</summary>
    public Settlements Settlements { get; }

    /// <summary>completions.csv: one row per person and module.</summary>
    public IReadOnlyList<CompletionRow> Rows { get; private set; } = [];

    /// <summary>summary.csv without its total: one row per sector, organisation, role and required level.</summary>
    public IReadOnlyList<SummaryRow> Summary { get; private set; } = [];

    /// <summary>The total over everyone the summary counts (the roster, or everyone found in records).</summary>
    public SummaryRow All { get; private set; } = new("", "All", "", "", 0, 0, 0, 0, 0);

    /// <summary>Of the roster people not trained to their level, those who have passed a module at a lower level.</summary>
    public int PassedLowerLevel { get; private set; }

    /// <summary>Each module with counted records.</summary>
    public IReadOnlyList<ModuleSummary> Modules { get; private set; } = [];

    /// <summary>Accepted records held back from every figure until the training lead settles them.</summary>
    public IReadOnlyList<RecordToCheck> ToCheck { get; private set; } = [];

    /// <summary>People with counted records who are not on the roster (empty without one): a sign it is out of date.</summary>
    public IReadOnlyList<CompletionRow> NotOnRoster { get; private set; } = [];

    /// <summary>Everyone to chase: not trained to their level, overdue, or due a refresher soon.</summary>
    public IReadOnlyList<ChaseRow> Chase { get; private set; } = [];

    /// <summary>The earlier report this one is compared with (<c>--previous</c>), or null.</summary>
    public ReportSnapshot? Previous { get; private set; }

    /// <summary>Every rejected record file, roster row and decision.</summary>
    public IReadOnlyList<Rejection> Rejections => [.. Records.Rejected, .. Roster?.Rejected ?? [], .. Settlements.Rejected];

    /// <summary>
    /// What was rejected of the records and the roster, as the subject of a sentence ("3 record
    /// files and 1 roster row", "1 LMS row"), and whether it is one thing; null when nothing was.
    /// The board's report and the terminal say it the same way.
    /// </summary>
    public (string Subject, bool One)? RejectedSummary
    {
        get
        {
            var files = Records.Rejected.Count(r => !LmsResults.IsFromPlatform(r.RecordId));
            var lms = Records.Rejected.Count - files;
            var rows = Roster?.Rejected.Count ?? 0;
            if (files + lms + rows == 0)
            {
                return null;
            }

            var parts = new List<(int Count, string One, string Many)>();
            if (files > 0 || lms == 0)
            {
                parts.Add((files, "record file", "record files"));
            }

            if (lms > 0)
            {
                parts.Add((lms, "LMS row", "LMS rows"));
            }

            if (Roster is not null)
            {
                parts.Add((rows, "roster row", "roster rows"));
            }

            var named = parts.Select((p, i) => p.Count > 0 ? Wording.Count(p.Count, p.One, p.Many) : (i == 0 ? "No " : "no ") + p.Many).ToList();
            var subject = named.Count == 1 ? named[0] : string.Join(", ", named[..^1]) + " and " + named[^1];
            return (subject, parts.Count == 1 && files + lms + rows == 1);
        }
    }

    /// <summary>Builds the report.</summary>
    /// <param name="settings">site.yaml's training settings and the as-of date.</param>
    /// <param name="records">The records read.</param>
    /// <param name="roster">The roster, or null.</param>
    /// <param name="settlements">The training lead's decisions on records held for checking, or null for none.</param>
    /// <param name="previous">An earlier report to compare with, or null.</param>
    public static CompletionReport Create(ReportSettings settings, RecordBatch records, Roster? roster, Settlements? settlements = null, ReportSnapshot? previous = null)
    {
        var report = new CompletionReport(settings, records, roster, settlements ?? Settlements.None) { Previous = previous };
        var (people, toCheck) = report.Gather();
        report.ToCheck = toCheck;
        report.Rows = [.. people.SelectMany(report.RowsOf)
            .OrderBy(r => r.Organisation, Text).ThenBy(r => r.Name, Text).ThenBy(r => r.Module ?? "", StringComparer.Ordinal)];
        report.NotOnRoster = roster is null ? [] : [.. report.Rows.Where(r => !r.OnRoster)];

        var counted = roster is null ? people : people.Where(p => p.Member is not null).ToList();
        var statuses = counted.Select(p => (Person: p, Status: report.LevelStatus(p))).ToList();
        report.Summary = [.. statuses
            .GroupBy(s => (Sector: s.Person.Sector ?? "", s.Person.Organisation, s.Person.Role, Level: s.Person.Member?.RequiredLevel.Name ?? "any"))
            .OrderBy(g => g.Key.Sector, Text).ThenBy(g => g.Key.Organisation, Text).ThenBy(g => g.Key.Role, Text)
            .ThenBy(g => settings.Levels.All.ToList().FindIndex(l => l.Name == g.Key.Level))
            .Select(g => Count(g.Key.Sector, g.Key.Organisation, g.Key.Role, g.Key.Level, [.. g]))];
        report.All = Count("", "All", "", "", statuses);
        report.PassedLowerLevel = statuses.Count(s => s.Person.Member is not null && s.Status == CompletionStatus.Never && s.Person.Records.Any(r => r.Passed));
        report.Modules = [.. ModuleSummaries.Create(people, [.. people.SelectMany(p => p.Records)], settings.Levels)];
        report.Chase = [.. statuses.Select(s => report.ChaseOf(s.Person, s.Status)).OfType<ChaseRow>()
            .OrderBy(c => c.Sector ?? "", Text).ThenBy(c => c.Organisation, Text).ThenBy(c => c.Need).ThenBy(c => c.Name, Text)];
        return report;
    }

    /// <summary>The record completions.csv shows for a person and module: their latest pass, else their latest record.</summary>
    internal static AcceptedRecord Chosen(IEnumerable<AcceptedRecord> ofModule)
    {
        var latestFirst = ofModule.OrderByDescending(r => r.Record.Completed).ThenBy(r => r.File, StringComparer.Ordinal).ToList();
        return latestFirst.FirstOrDefault(r => r.Passed) ?? latestFirst[0];
    }

    private (List<Person> People, List<RecordToCheck> ToCheck) Gather()
    {
        var people = Roster?.Members.Select(Person.OnRoster).ToList() ?? [];
        var byMember = people.ToDictionary(p => p.Member!);
        var byIdentity = new Dictionary<string, Person>(StringComparer.Ordinal);
        var toCheck = new List<RecordToCheck>();
        foreach (var record in Records.Accepted)
        {
            var learner = record.Record.Learner;
            var id = record.Record.RecordId;
            var member = Roster?.Match(learner);
            var reasons = new List<CheckReason>();
            if (member is not null && !Settlements.Has(id, Settlement.SamePerson))
            {
                if (Settlements.Has(id, Settlement.DifferentPerson))
                {
                    member = null; // the lead says it is someone else, who is not on the roster
                }
                else if (Identity(learner, member) is not Agreement.Same and var agreement)
                {
                    reasons.Add(agreement == Agreement.Probable ? CheckReason.ProbablySamePerson : CheckReason.DifferentPerson);
                }
            }

            var time = ReadingTime.Of(record);
            if (time.TooQuick && !Settlements.Has(id, Settlement.TimeOk))
            {
                reasons.Add(CheckReason.TooQuick);
            }

            if (reasons.Count > 0)
            {
                toCheck.Add(new RecordToCheck(record, member, reasons, time));
                continue;
            }

            var person = member is not null ? byMember[member]
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

        return (people, toCheck);
    }

    /// <summary>How far a record's name and organisation agree with the roster row its staff id or email matched.</summary>
    private static Agreement Identity(Learner learner, RosterMember member)
    {
        var name = NameComparer.People(learner.Name, [member.Name, .. member.AlsoKnownAs]);
        // An LMS's results name no organisation: the platform's account, which matched, stands for it.
        var organisation = learner.Organisation.Length == 0 ? Agreement.Same : NameComparer.Organisations(learner.Organisation, member.Organisation);
        return (Agreement)Math.Max((int)name, (int)organisation);
    }

    private IEnumerable<CompletionRow> RowsOf(Person person)
    {
        var template = new CompletionRow
        {
            Name = person.Name,
            StaffId = person.StaffId,
            Email = person.Email,
            Sector = person.Sector,
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
    private CompletionStatus LevelStatus(Person person) =>
        RefresherDue(person) is not { } due ? CompletionStatus.Never : due >= Settings.AsOf ? CompletionStatus.InDate : CompletionStatus.Overdue;

    /// <summary>The latest refresher date among the person's passes at or above their level; null without one.</summary>
    private DateOnly? RefresherDue(Person person)
    {
        var required = person.Member is { } member ? Settings.Levels.Rank(member.RequiredLevel.Id) : 0;
        var dues = person.Records
            .GroupBy(r => r.Record.Module.Id)
            .Select(Chosen)
            .Where(r => r.Passed && Settings.Levels.Rank(r.Key.Module.Level) >= required)
            .Select(r => r.Record.CompletedOn.AddMonths(Settings.RefresherMonths))
            .ToList();
        return dues.Count == 0 ? null : dues.Max();
    }

    private ChaseRow? ChaseOf(Person person, CompletionStatus status)
    {
        var level = person.Member?.RequiredLevel.Name ?? "any";
        var due = RefresherDue(person);
        var (need, detail) = status switch
        {
            CompletionStatus.Never when person.Records.Any(r => r.Passed) => (ChaseNeed.NotTrained, $"has passed a lower level; needs {level}"),
            CompletionStatus.Never => (ChaseNeed.NotTrained, $"needs {level}: no pass yet"),
            CompletionStatus.Overdue => (ChaseNeed.Overdue, $"refresher of {level} overdue since {Long(due!.Value)}"),
            _ when due <= Settings.DueSoonBy => (ChaseNeed.DueSoon, $"refresher of {level} due {Long(due!.Value)}"),
            _ => ((ChaseNeed?)null, ""),
        };
        return need is null ? null : new ChaseRow(person.Sector, person.Organisation, person.Name, person.StaffId, person.Email, person.Role, level, need.Value, detail,
            status == CompletionStatus.Never ? null : due);
    }

    private static string Long(DateOnly date) => ReportHtml.Long(date);

    private static SummaryRow Count(string sector, string organisation, string role, string level, IReadOnlyCollection<(Person Person, CompletionStatus Status)> group) => new(
        sector, organisation, role, level, group.Count, group.Count(s => s.Person.Member is not null),
        group.Count(s => s.Status == CompletionStatus.InDate), group.Count(s => s.Status == CompletionStatus.Overdue), group.Count(s => s.Status == CompletionStatus.Never));
}
