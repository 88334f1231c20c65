using System.Text.Json;
using System.Text.RegularExpressions;

namespace SiteGen.Completions;

/// <summary>
/// Reads one completion record file and checks it all the way: JSON, the documented schema, the
/// checksum, then the answer key (<see cref="RecordVerifier"/>). Every problem found is kept,
/// so the training lead sees at once everything wrong with a file.
/// </summary>
/// <param name="keys">The site's answer keys.</param>
/// <param name="levels">site.yaml's training levels.</param>
public sealed class CompletionRecordReader(ModuleKeyStore keys, TrainingLevels levels)
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>Reads and checks a record file.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="file">The file as messages name it.</param>
    public RecordOutcome Read(string path, string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Rejected(file, null, new Problem(ProblemKind.Unreadable, $"the file cannot be read: {e.Message}"));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Strict);
        }
        catch (JsonException e)
        {
            return Rejected(file, null, NotJson(e));
        }

        using (document)
        {
            try
            {
                return Check(document.RootElement, file);
            }
            catch (InvalidOperationException) // a property name holding a lone surrogate, which .NET cannot read
            {
                return Rejected(file, null, new Problem(ProblemKind.NotJson, "a property name is not valid Unicode text"));
            }
            catch (Exception e) when (e is FormatException or OverflowException or RegexMatchTimeoutException)
            {
                // A record never stops the others: whatever could not be checked is a reason, not a crash.
                return Rejected(file, null, new Problem(ProblemKind.Schema, $"the record could not be checked: {e.Message}"));
            }
        }
    }

    private RecordOutcome Check(JsonElement root, string file)
    {
        var recordId = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("recordId", out var id) && id.ValueKind == JsonValueKind.String
            ? Truncate(JsonText.Value(id))
            : null;
        var person = PersonNamed.FromRecord(root);
        var problems = RecordSchema.Schema.Validate(root).Select(e => new Problem(ProblemKind.Schema, e.ToString())).ToList();
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(RecordChecksum.Member, out var stated) && stated.ValueKind == JsonValueKind.String
            && !string.Equals(JsonText.Value(stated), RecordChecksum.Compute(root), StringComparison.Ordinal))
        {
            problems.Add(new Problem(ProblemKind.Checksum,
                "the checksum does not match the record's contents: the file was changed or damaged after it was downloaded"));
        }

        if (problems.Count > 0)
        {
            return new RecordOutcome(file, recordId, null, problems, person);
        }

        var record = RecordJson.Read(root, problems);
        if (record is null)
        {
            return new RecordOutcome(file, recordId, null, problems, person);
        }

        var key = keys.Find(record.Module.Id, record.Module.Version, out var keyProblem);
        if (key is null)
        {
            problems.Add(keyProblem!);
            if (levels.Rank(record.Module.Level) < 0)
            {
                problems.Add(new Problem(ProblemKind.UnknownLevel,
                    $"module.level '{record.Module.Level}' is not one of site.yaml's training.levels ({levels.Describe()})"));
            }

            return new RecordOutcome(file, recordId, null, problems, person);
        }

        var attempts = RecordVerifier.Verify(record, key, levels, problems);
        return problems.Count > 0
            ? new RecordOutcome(file, recordId, null, problems, person)
            : new RecordOutcome(file, recordId, new AcceptedRecord(file, record, key, attempts), [], person);
    }

    private static Problem NotJson(JsonException e)
    {
        // System.Text.Json appends its own zero-based position; say it once, counted from 1.
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = cut >= 0 ? message[..cut] : message;
        var where = e.LineNumber is { } line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
        return new Problem(ProblemKind.NotJson,
            $"not JSON{where}: {message.TrimEnd('.')}. A completion record is the .json file the certificate page downloads; ask the learner to download it again");
    }

    private static string Truncate(string id) => id.Length <= 100 ? id : id[..100];

    private static RecordOutcome Rejected(string file, string? recordId, Problem problem) => new(file, recordId, null, [problem]);
}
