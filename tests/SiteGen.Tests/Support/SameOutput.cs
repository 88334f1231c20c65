using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Tests.Support;

/// <summary>
/// Asserts that two runs wrote the same output: the same files, byte for byte. A zip (a SCORM
/// package, report.xlsx) is compared entry by entry, as its entries carry the time they were
/// written; in a workbook the parts' relationship ids are taken out, as MiniExcel makes new ones
/// every time.
/// </summary>
public static partial class SameOutput
{
    /// <summary>The same files under both folders, with the same contents; names the first that differ.</summary>
    public static void AssertSameFolders(string expected, string actual)
    {
        var files = Files(expected);
        Assert.NotEmpty(files);
        Assert.Equal(files, Files(actual));
        var different = files.Where(f => !Contents(Path.Combine(expected, f)).SequenceEqual(Contents(Path.Combine(actual, f)))).ToList();
        Assert.True(different.Count == 0, $"{different.Count} of {files.Count} files in {actual} differ from {expected}, such as {string.Join(", ", different.Take(5))}: "
            + string.Join(", ", different.Take(1).SelectMany(f => Contents(Path.Combine(actual, f)).Except(Contents(Path.Combine(expected, f)))).Select(c => c[..Math.Min(c.Length, 300)])));
    }

    /// <summary>The same contents in both files.</summary>
    public static void AssertSameFile(string expected, string actual) => Assert.Equal(Contents(expected), Contents(actual));

    private static List<string> Files(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

    private static List<string> Contents(string file)
    {
        if (Path.GetExtension(file) is not (".zip" or ".xlsx"))
        {
            return [Convert.ToBase64String(File.ReadAllBytes(file))];
        }

        using var zip = ZipFile.OpenRead(file);
        return [.. zip.Entries.Select(e => $"{e.FullName}: " + (file.EndsWith(".xlsx", StringComparison.Ordinal)
            ? RelationshipId().Replace(Encoding.UTF8.GetString(Bytes(e)), "R{id}")
            : Convert.ToBase64String(Bytes(e))))];
    }

    [GeneratedRegex(@"\bR[0-9a-f]{32}\b")]
    private static partial Regex RelationshipId();

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
