namespace SiteGen.Completions;

/// <summary>What a completions report is measured by: site.yaml's training settings and the date it is as of.</summary>
/// <param name="SiteTitle">site.yaml's title.</param>
/// <param name="Partnership">The partnership's name.</param>
/// <param name="Language">The site's language tag, for the report's lang.</param>
/// <param name="Levels">The training levels, lowest first.</param>
/// <param name="RefresherMonths">Months from a pass until a refresher is due.</param>
/// <param name="AsOf">The date passes are in date or overdue at.</param>
public sealed record ReportSettings(string SiteTitle, string Partnership, string Language, TrainingLevels Levels, int RefresherMonths, DateOnly AsOf)
{
    /// <summary>Refreshers due within this many months of <see cref="AsOf"/> are on the list to chase.</summary>
    public int DueWithinMonths { get; init; } = 3;

    /// <summary>The last day a refresher can fall due and still be "due soon".</summary>
    public DateOnly DueSoonBy => AsOf.AddMonths(DueWithinMonths);
}
