using CsvHelper;

namespace SiteGen.Tests.Completions;

/// <summary>A CSV file the report wrote, read back as a spreadsheet would: one dictionary per row, by column name.</summary>
public static class CsvFile
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        using var csv = CsvReader.FromFile(path);
        var headers = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => csv.GetString(x.i)));
        }

        return rows;
    }

    public static List<string> Headers(string path)
    {
        using var csv = CsvReader.FromFile(path);
        return [.. csv.Headers];
    }
}
