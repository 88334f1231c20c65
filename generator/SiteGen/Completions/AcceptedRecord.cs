namespace SiteGen.Completions;

/// <summary>A record that passed every check, with its answer key and re-scored attempts.</summary>
/// <param name="File">The file it was read from.</param>
/// <param name="Record">The record.</param>
/// <param name="Key">The answer key of the module version it names.</param>
/// <param name="Attempts">Its attempts re-scored, oldest first.</param>
public sealed record AcceptedRecord(string File, CompletionRecord Record, ModuleKey Key, IReadOnlyList<ScoredAttempt> Attempts)
{
    /// <summary>Whether the record is a completion: its latest passing attempt passed.</summary>
    public bool Passed => Record.Result.Passed;

    /// <summary>The first attempt, re-scored.</summary>
    public ScoredAttempt First => Attempts[0];
}
