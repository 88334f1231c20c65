using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteGen.Completions;

/// <summary>
/// The figures of one report kept as report.json beside it, so that the next report can show the
/// change since (<c>--previous</c>). Counts only: no names.
/// </summary>
/// <param name="Format">Always <see cref="FormatName"/>.</param>
/// <param name="FormatVersion">Always 1.</param>
/// <param name="AsOf">The date the report was true on.</param>
/// <param name="All">The headline counts.</param>
/// <param name="Organisations">Each organisation's counts.</param>
public sealed record ReportSnapshot(string Format, int FormatVersion, DateOnly AsOf, SnapshotCounts All, IReadOnlyList<SnapshotOrganisation> Organisations)
{
    /// <summary>The value of <c>format</c>.</summary>
    public const string FormatName = "sitegen-completions-report";

    /// <summary>The file's name in a report folder.</summary>
    public const string FileName = "report.json";

    private static readonly ReportSnapshotJson Json = new(new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });

    /// <summary>The snapshot of a report.</summary>
    public static ReportSnapshot Of(CompletionReport report) => new(FormatName, 1, report.Settings.AsOf, SnapshotCounts.Of(report.All),
        [.. ReportGroups.Organisations(report).Select(o => new SnapshotOrganisation(o.Sector, o.Organisation, SnapshotCounts.Of(o)))]);

    /// <summary>The snapshot as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json.ReportSnapshot) + "\n";

    /// <summary>Reads report.json from an earlier report's folder; null with a reason when it cannot.</summary>
    /// <param name="folder">The earlier report's folder.</param>
    /// <param name="problem">Why it could not be read.</param>
    public static ReportSnapshot? Read(string folder, out string? problem)
    {
        var path = Path.Combine(folder, FileName);
        problem = null;
        try
        {
            var snapshot = JsonSerializer.Deserialize(File.ReadAllText(path), Json.ReportSnapshot);
            if (snapshot is { Format: FormatName, FormatVersion: 1, All: not null, Organisations: not null })
            {
                return snapshot;
            }

            problem = $"{path} is not a SiteGen completions report's {FileName}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            problem = $"{path} cannot be read ({e.Message}); --previous takes the folder of an earlier 'sitegen completions report' run";
        }

        return null;
    }
}

/// <summary>Counts of people by where they stand on their required level.</summary>
/// <param name="People">People counted.</param>
/// <param name="InDate">Trained to their level and in date.</param>
/// <param name="Overdue">Trained, refresher overdue.</param>
/// <param name="NotTrained">Not trained to their level.</param>
public sealed record SnapshotCounts(int People, int InDate, int Overdue, int NotTrained)
{
    /// <summary>The counts of a summary row.</summary>
    public static SnapshotCounts Of(SummaryRow row) => new(row.People, row.InDate, row.Overdue, row.Never);
}

/// <summary>One organisation's counts in a snapshot.</summary>
/// <param name="Sector">Its sector, or empty.</param>
/// <param name="Organisation">Its name.</param>
/// <param name="Counts">Its counts.</param>
public sealed record SnapshotOrganisation(string Sector, string Organisation, SnapshotCounts Counts);

/// <summary>report.json, described when SiteGen is compiled (see <see cref="Output.JsonValues"/>).</summary>
[JsonSerializable(typeof(ReportSnapshot))]
internal sealed partial class ReportSnapshotJson : JsonSerializerContext;
