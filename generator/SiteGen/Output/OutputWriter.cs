using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>
/// The emit stage. The site is written to a staging folder beside the output folder and swapped
/// in only when every file is written, so a reader never sees a half-built site and a failed
/// build leaves the previous one as it was.
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes the files and swaps them in; false (with a diagnostic) when anything fails.</summary>
    public static bool Write(string outputFolder, IReadOnlyCollection<OutputFile> files, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var id = Guid.NewGuid().ToString("N")[..8];
        var staging = Path.Combine(parent, $".{name}.staging-{id}");
        var previous = Path.Combine(parent, $".{name}.previous-{id}");

        try
        {
            Directory.CreateDirectory(parent);
            var targets = new List<(OutputFile File, string Target)>(files.Count);
            foreach (var file in files)
            {
                var target = Path.GetFullPath(Path.Combine(staging, file.Path));
                if (!target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    // Addresses are checked when pages are parsed; this is the last line of defence.
                    diagnostics.Error(DiagnosticCodes.UnsafePath, new SourceLocation(file.Path), $"Refusing to write '{file.Path}' outside the output folder.");
                    return false;
                }

                targets.Add((file, target));
            }

            Parallel.ForEach(targets, item =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(item.Target)!);
                if (item.File.Text is not null)
                {
                    File.WriteAllText(item.Target, item.File.Text, new UTF8Encoding(false));
                }
                else
                {
                    File.Copy(item.File.CopyFrom!, item.Target);
                }
            });

            Directory.CreateDirectory(staging); // a site with no files still swaps in an empty folder
            if (Directory.Exists(output))
            {
                Directory.Move(output, previous);
            }

            Directory.Move(staging, output);
            if (Directory.Exists(previous))
            {
                Directory.Delete(previous, recursive: true);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException || ex is AggregateException { InnerException: IOException or UnauthorizedAccessException })
        {
            var reason = ex is AggregateException aggregate ? aggregate.InnerException!.Message : ex.Message;
            if (!Directory.Exists(output) && Directory.Exists(previous))
            {
                Directory.Move(previous, output);
            }

            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceLocation(outputFolder), $"The site could not be written: {reason}",
                "Check the folder is writable and not open in another program. The previous site was left as it was.");
            return false;
        }
    }
}
