namespace SiteGen.Cli.Commands;

/// <summary>The record files named on the command line: files as given, and every *.json under each folder.</summary>
internal static class RecordFiles
{
    /// <summary>Each file's full path and its name as the user would recognise it (their argument, then the path below it).</summary>
    /// <param name="inputs">The arguments.</param>
    /// <param name="skip">Folders whose files are never records (the answer keys, the output).</param>
    /// <param name="usage">Where arguments that name nothing are reported.</param>
    public static List<(string Path, string File)> Find(IEnumerable<string> inputs, IReadOnlyList<string> skip, List<string> usage)
    {
        var files = new List<(string Path, string File)>();
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (File.Exists(full))
            {
                files.Add((full, input));
            }
            else if (Directory.Exists(full))
            {
                files.AddRange(Directory.EnumerateFiles(full, "*.json", SearchOption.AllDirectories)
                    .Where(file => !skip.Any(folder => IsUnder(file, folder)))
                    .Select(file => (file, Path.Join(input, Path.GetRelativePath(full, file)))));
            }
            else
            {
                usage.Add($"'{input}' is neither a file nor a folder.");
            }
        }

        return files;
    }

    private static bool IsUnder(string file, string folder) =>
        file.StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
