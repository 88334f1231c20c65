using CsvHelper;

namespace SiteGen.Completions;

/// <summary>What a training lead decided about a record held back for checking.</summary>
public enum Settlement
{
    /// <summary>The record is the roster person it matched, whatever name or organisation it carries.</summary>
    SamePerson,

    /// <summary>The record is someone else, who is not on the roster.</summary>
    DifferentPerson,

    /// <summary>The time the record took is right (the learner read the module elsewhere, say).</summary>
    TimeOk,
}

/// <summary>
/// The training lead's decisions on records held back for checking (<c>--accept</c>): a CSV file
/// with a <c>record_id</c> and a <c>decision</c> column (<c>same person</c>, <c>different person</c>
/// or <c>time ok</c>), and any other columns (a note, who decided) kept for the lead's own use.
/// A row that cannot be used is rejected with its line and reason.
/// </summary>
public sealed class Settlements
{
    private readonly Dictionary<string, HashSet<Settlement>> _byRecord;

    private Settlements(string file, Dictionary<string, HashSet<Settlement>> byRecord, List<Rejection> rejected) =>
        (File, _byRecord, Rejected) = (file, byRecord, rejected);

    /// <summary>No decisions (no <c>--accept</c> file).</summary>
    public static Settlements None { get; } = new("", new Dictionary<string, HashSet<Settlement>>(StringComparer.OrdinalIgnoreCase), []);

    /// <summary>The file as messages name it.</summary>
    public string File { get; }

    /// <summary>Rows that could not be used.</summary>
    public IReadOnlyList<Rejection> Rejected { get; }

    /// <summary>The record ids the file decides on.</summary>
    public IEnumerable<string> RecordIds => _byRecord.Keys;

    /// <summary>True when the lead decided <paramref name="settlement"/> for the record.</summary>
    public bool Has(string recordId, Settlement settlement) => _byRecord.TryGetValue(recordId, out var decided) && decided.Contains(settlement);

    /// <summary>Reads the decisions file.</summary>
    /// <param name="path">Its full path.</param>
    /// <param name="file">It as messages name it.</param>
    public static Settlements Read(string path, string file)
    {
        var byRecord = new Dictionary<string, HashSet<Settlement>>(StringComparer.OrdinalIgnoreCase);
        var rejected = new List<Rejection>();
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { TrackLineNumbers = true, TrimWhitespace = true, AllowLineBreaksInQuotes = false });
        var headers = csv.Headers.Select(h => Key(h)).ToList();
        var (idColumn, decisionColumn) = (headers.IndexOf("recordid"), headers.IndexOf("decision"));
        if (idColumn < 0 || decisionColumn < 0)
        {
            rejected.Add(new Rejection(file, 1, null, [new Problem(ProblemKind.Settlement,
                $"the decisions file needs a record_id and a decision column (its header row has: {string.Join(", ", csv.Headers)})")]));
            return new Settlements(file, byRecord, rejected);
        }

        while (csv.Read())
        {
            var row = (int)csv.LineNumber;
            string Value(int column) => column < csv.FieldCount ? csv.GetString(column).Trim() : "";
            var (id, decision) = (Value(idColumn), Value(decisionColumn));
            Settlement? settled = Key(decision) switch
            {
                "sameperson" => Settlement.SamePerson,
                "differentperson" => Settlement.DifferentPerson,
                "timeok" => Settlement.TimeOk,
                _ => null,
            };
            if (id.Length == 0 || settled is null)
            {
                var what = id.Length == 0 ? "has no record_id" : $"has the decision '{decision}'";
                rejected.Add(new Rejection(file, row, id.Length == 0 ? null : id, [new Problem(ProblemKind.Settlement,
                    $"row {row} {what}; each row needs a record_id and one of: same person, different person, time ok")]));
                continue;
            }

            if (!byRecord.TryGetValue(id, out var decided))
            {
                byRecord[id] = decided = [];
            }

            decided.Add(settled.Value);
            if (decided.Contains(Settlement.SamePerson) && decided.Contains(Settlement.DifferentPerson))
            {
                rejected.Add(new Rejection(file, row, id, [new Problem(ProblemKind.Settlement,
                    $"row {row} says record {id} is a different person, and an earlier row says it is the same person; keep one")]));
                decided.Remove(Settlement.SamePerson);
                decided.Remove(Settlement.DifferentPerson);
            }
        }

        return new Settlements(file, byRecord, rejected);
    }

    private static string Key(string text) => new([.. text.Trim().ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
