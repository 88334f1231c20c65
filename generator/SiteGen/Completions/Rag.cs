namespace SiteGen.Completions;

/// <summary>A red, amber or green status, as board papers give one, always with its words.</summary>
public enum RagStatus
{
    /// <summary>On track.</summary>
    Green,

    /// <summary>Needs attention.</summary>
    Amber,

    /// <summary>Action needed.</summary>
    Red,
}

/// <summary>
/// The thresholds behind each headline's status. In date: green at 90% or more, amber from 75%.
/// Overdue: green at 5% or less, amber to 15%. Not trained to their level: green at 10% or less,
/// amber to 25%. Set so that a partnership at the usual target (90% in date) reads green.
/// </summary>
public static class Rag
{
    /// <summary>The status of the share trained and in date.</summary>
    public static RagStatus InDate(int percent) => percent >= 90 ? RagStatus.Green : percent >= 75 ? RagStatus.Amber : RagStatus.Red;

    /// <summary>The status of the share whose refresher is overdue.</summary>
    public static RagStatus Overdue(int percent) => percent <= 5 ? RagStatus.Green : percent <= 15 ? RagStatus.Amber : RagStatus.Red;

    /// <summary>The status of the share not trained to their level.</summary>
    public static RagStatus NotTrained(int percent) => percent <= 10 ? RagStatus.Green : percent <= 25 ? RagStatus.Amber : RagStatus.Red;

    /// <summary>"Green: on track", "Amber: needs attention" or "Red: action needed".</summary>
    public static string Words(this RagStatus status) => status switch
    {
        RagStatus.Green => "Green: on track",
        RagStatus.Amber => "Amber: needs attention",
        _ => "Red: action needed",
    };
}
