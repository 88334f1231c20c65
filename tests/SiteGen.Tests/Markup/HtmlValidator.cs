using System.Globalization;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup;

/// <summary>html-validate, with the rules in .htmlvalidate.mjs beside this file, run on every page of a folder.</summary>
internal static class HtmlValidator
{
    private static readonly string Script = Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Markup", "validate.mjs");

    /// <summary>How many pages were read, how many problems found, and a line for each.</summary>
    public static (int Pages, int Problems, List<string> Lines) Validate(string folder)
    {
        var output = NodeProcess.Run([Script, folder], null, TimeSpan.FromMinutes(3), "html-validate runs in node.");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var summary = lines[^1].Split(' ');
        return (int.Parse(summary[0], CultureInfo.InvariantCulture), int.Parse(summary[2], CultureInfo.InvariantCulture), lines[..^1]);
    }
}
