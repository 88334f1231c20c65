namespace SiteGen.Completions;

/// <summary>
/// Every record file of a report, read in ordinal path order so the outcome never depends on
/// the order the files were found in. A record id can be counted once: a later file with the
/// id of an accepted record is rejected as a duplicate of the first.
/// </summary>
public sealed class RecordBatch
{
    private RecordBatch(IReadOnlyList<AcceptedRecord> accepted, IReadOnlyList<Rejection> rejected, int read) =>
        (Accepted, Rejected, FilesRead) = (accepted, rejected, read);

    /// <summary>The records that passed every check.</summary>
    public IReadOnlyList<AcceptedRecord> Accepted { get; }

    /// <summary>Each rejected file with all its reasons.</summary>
    public IReadOnlyList<Rejection> Rejected { get; }

    /// <summary>How many files were read.</summary>
    public int FilesRead { get; }

    /// <summary>This batch with more records and rejections added, such as an LMS's results.</summary>
    /// <param name="accepted">Records that passed every check.</param>
    /// <param name="rejected">What was rejected, with its reasons.</param>
    public RecordBatch With(IEnumerable<AcceptedRecord> accepted, IEnumerable<Rejection> rejected) =>
        new([.. Accepted, .. accepted], [.. Rejected, .. rejected], FilesRead);

    /// <summary>Reads every file.</summary>
    /// <param name="files">Each file's full path and the name messages give it.</param>
    /// <param name="reader">Reads and checks one file.</param>
    public static RecordBatch Read(IEnumerable<(string Path, string File)> files, CompletionRecordReader reader)
    {
        var accepted = new List<AcceptedRecord>();
        var rejected = new List<Rejection>();
        var firstFileOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var ordered = files.DistinctBy(f => f.Path, StringComparer.Ordinal).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        foreach (var (path, file) in ordered)
        {
            var outcome = reader.Read(path, file);
            var problems = outcome.Problems.ToList();
            if (outcome.RecordId is { } id && firstFileOf.TryGetValue(id, out var first))
            {
                problems.Add(new Problem(ProblemKind.Duplicate, $"duplicate of {first} (the same record id), which is counted instead"));
            }

            if (problems.Count > 0)
            {
                rejected.Add(new Rejection(file, null, outcome.RecordId, problems, outcome.Person));
                continue;
            }

            firstFileOf[outcome.RecordId!] = file;
            accepted.Add(outcome.Accepted!);
        }

        return new RecordBatch(accepted, rejected, ordered.Count);
    }
}
