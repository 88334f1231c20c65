using System.Globalization;

namespace SiteGen.Completions;

/// <summary>Counts in words for report.html: "1 record file", "2 record files", never "file(s)".</summary>
internal static class Wording
{
    /// <summary>The number and the noun that agrees with it: "1 person", "5 people".</summary>
    public static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    /// <summary>The form that agrees with <paramref name="n"/>: "is" or "are", "has" or "have".</summary>
    public static string Agree(int n, string one, string many) => n == 1 ? one : many;
}
