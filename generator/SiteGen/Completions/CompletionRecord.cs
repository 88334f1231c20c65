namespace SiteGen.Completions;

/// <summary>
/// A completion record a learner downloaded (docs/completion-record.md), read after it passed
/// the schema; nothing in it is trusted until the answer key has re-scored it.
/// </summary>
public sealed record CompletionRecord
{
    /// <summary>The random UUID the browser gave the record.</summary>
    public required string RecordId { get; init; }

    /// <summary>Who took the training.</summary>
    public required Learner Learner { get; init; }

    /// <summary>The module as built when it was taken.</summary>
    public required RecordModule Module { get; init; }

    /// <summary>The site's name, as the record states it.</summary>
    public required string SiteName { get; init; }

    /// <summary>When the learner first opened the module.</summary>
    public required DateTimeOffset Started { get; init; }

    /// <summary>When the latest passing attempt was checked.</summary>
    public required DateTimeOffset Completed { get; init; }

    /// <summary>The certificate's date, in the learner's time zone; refreshers count from it.</summary>
    public required DateOnly CompletedOn { get; init; }

    /// <summary>Seconds from <see cref="Started"/> to <see cref="Completed"/>.</summary>
    public required int DurationSeconds { get; init; }

    /// <summary>The time spent on each page of the module, or null in a record made before records kept it.</summary>
    public IReadOnlyList<PageTime>? Pages { get; init; }

    /// <summary>The pass mark the browser applied.</summary>
    public required int PassMark { get; init; }

    /// <summary>The overall result the record states: that of the latest passing attempt.</summary>
    public required QuizResult Result { get; init; }

    /// <summary>Every attempt, oldest first.</summary>
    public required IReadOnlyList<Attempt> Attempts { get; init; }

    /// <summary>Confidence (1 to 5) before the quiz, by confidence question id.</summary>
    public required IReadOnlyDictionary<string, int> ConfidenceBefore { get; init; }

    /// <summary>Confidence (1 to 5) after the quiz, by confidence question id.</summary>
    public required IReadOnlyDictionary<string, int> ConfidenceAfter { get; init; }
}

/// <summary>The time a learner had a page of the module open and in view.</summary>
/// <param name="Path">The page's site path.</param>
/// <param name="Seconds">Seconds spent on it.</param>
public sealed record PageTime(string Path, int Seconds);
