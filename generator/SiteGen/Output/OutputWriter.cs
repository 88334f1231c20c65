using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>The emit stage for files made all at once: see <see cref="StagedOutput"/>.</summary>
public static class OutputWriter
{
    /// <summary>Writes the files and swaps them in; false (with a diagnostic) when anything fails.</summary>
    public static bool Write(string outputFolder, IReadOnlyCollection<OutputFile> files, DiagnosticBag diagnostics)
    {
        using var staged = new StagedOutput(outputFolder);
        Parallel.ForEach(files, staged.Write);
        return staged.Commit(diagnostics);
    }
}
