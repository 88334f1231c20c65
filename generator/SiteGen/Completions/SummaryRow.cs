namespace SiteGen.Completions;

/// <summary>A line of summary.csv: people of one sector, organisation, role and required level, by whether they are trained to it.</summary>
/// <param name="Sector">The sector (education, health…), or empty when the roster has none.</param>
/// <param name="Organisation">The organisation, or "All" for the total.</param>
/// <param name="Role">The role; empty for the total.</param>
/// <param name="Level">The required level's name; empty for the total, "any" without a roster.</param>
/// <param name="People">People counted.</param>
/// <param name="OnRoster">Of them, people on the roster.</param>
/// <param name="InDate">With an in-date pass at or above their level.</param>
/// <param name="Overdue">With such a pass, all past their refresher date.</param>
/// <param name="Never">With no such pass.</param>
public sealed record SummaryRow(string Sector, string Organisation, string Role, string Level, int People, int OnRoster, int InDate, int Overdue, int Never)
{
    /// <summary>People who have passed at their level, in date or not.</summary>
    public int Completed => InDate + Overdue;

    /// <summary>In date as a whole percentage of people.</summary>
    public int PercentInDate => Percent(InDate);

    /// <summary>A count as a percentage of <see cref="People"/>, rounded to the nearest whole number (half up), as a board reads it.</summary>
    /// <param name="count">Some of the people.</param>
    public int Percent(int count) => Percentages.Of(count, People);

    /// <summary>"3 of 5 (60%)".</summary>
    /// <param name="count">Some of the people.</param>
    public string OfPeople(int count) => Percentages.Describe(count, People);
}

/// <summary>Percentages as the board's papers give them.</summary>
public static class Percentages
{
    /// <summary><paramref name="count"/> as a whole percentage of <paramref name="total"/>, to the nearest (half up); 0 of nothing is 0.</summary>
    public static int Of(int count, int total) => total == 0 ? 0 : (int)Math.Round(count * 100.0 / total, MidpointRounding.AwayFromZero);

    /// <summary>"3 of 5 (60%)".</summary>
    public static string Describe(int count, int total) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} of {total} ({Of(count, total)}%)");
}
