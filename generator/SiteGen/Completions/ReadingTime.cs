namespace SiteGen.Completions;

/// <summary>
/// How long a learner took over a module against its estimate. The time taken is the time pages
/// were open and in view when the record keeps it, else the time from first opening the module
/// to passing the quiz. Under a quarter of the estimate (200 words a minute plus a minute a
/// question) is faster than the module can be read.
/// </summary>
/// <param name="SecondsTaken">Seconds taken.</param>
/// <param name="MinutesEstimated">The module's estimate, or null when its answer key predates estimates.</param>
public sealed record ReadingTime(int SecondsTaken, int? MinutesEstimated)
{
    /// <summary>The share of the estimate below which a completion is held for checking.</summary>
    public const double QuickestShare = 0.25;

    /// <summary>True when the record took less than a quarter of the estimate.</summary>
    public bool TooQuick => MinutesEstimated is { } minutes && SecondsTaken < minutes * 60 * QuickestShare;

    /// <summary>The time taken as minutes, rounded to the nearest.</summary>
    public int MinutesTaken => (int)Math.Round(SecondsTaken / 60.0, MidpointRounding.AwayFromZero);

    /// <summary>The time of a record against its module's estimate.</summary>
    public static ReadingTime Of(AcceptedRecord record)
    {
        var pages = record.Record.Pages;
        var taken = pages is { Count: > 0 } ? pages.Sum(p => p.Seconds) : record.Record.DurationSeconds;
        var key = record.Key;
        var estimate = key.Module.Minutes ?? (key.Pages.Any(p => p.Minutes is not null) ? key.Pages.Sum(p => p.Minutes ?? 0) : null);
        return new ReadingTime(taken, estimate);
    }

    /// <summary>Seconds in words: "4 seconds", "3 minutes", "1 hour 5 minutes".</summary>
    public static string Describe(int seconds) => seconds switch
    {
        < 60 => Wording.Count(seconds, "second", "seconds"),
        < 3600 => Wording.Count((int)Math.Round(seconds / 60.0, MidpointRounding.AwayFromZero), "minute", "minutes"),
        _ when seconds % 3600 / 60 == 0 => Wording.Count(seconds / 3600, "hour", "hours"),
        _ => $"{Wording.Count(seconds / 3600, "hour", "hours")} {Wording.Count(seconds % 3600 / 60, "minute", "minutes")}",
    };
}
