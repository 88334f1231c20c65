namespace SiteGen.Completions;

/// <summary>A line of summary.csv: people of one organisation, role and required level, by whether they are trained to it.</summary>
/// <param name="Organisation">The organisation, or "All" for the total.</param>
/// <param name="Role">The role; empty for the total.</param>
/// <param name="Level">The required level's name; empty for the total, "any" without a roster.</param>
/// <param name="People">People counted.</param>
/// <param name="OnRoster">Of them, people on the roster.</param>
/// <param name="InDate">With an in-date pass at or above their level.</param>
/// <param name="Overdue">With such a pass, all past their refresher date.</param>
/// <param name="Never">With no such pass.</param>
public sealed record SummaryRow(string Organisation, string Role, string Level, int People, int OnRoster, int InDate, int Overdue, int Never)
{
    /// <summary>People who have passed at their level, in date or not.</summary>
    public int Completed => InDate + Overdue;

    /// <summary>In date as a whole percentage of people, rounded down so the board is never told more are trained than are.</summary>
    public int PercentInDate => Percent(InDate);

    /// <summary>A count as a whole percentage of <see cref="People"/>, rounded down.</summary>
    /// <param name="count">Some of the people.</param>
    public int Percent(int count) => People == 0 ? 0 : count * 100 / People;
}
