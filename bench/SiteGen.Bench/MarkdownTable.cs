namespace SiteGen.Bench;

/// <summary>A Markdown table with its columns padded, so it reads in a terminal and renders in a README or an issue.</summary>
internal sealed class MarkdownTable(params string[] headings)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Adds a row; missing cells are empty.</summary>
    public MarkdownTable Row(params string[] cells)
    {
        _rows.Add([.. cells.Concat(Enumerable.Repeat("", Math.Max(0, headings.Length - cells.Length)))]);
        return this;
    }

    /// <summary>Writes the table.</summary>
    public void WriteTo(TextWriter output)
    {
        var widths = headings.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Append(3).Max()).ToArray();
        string Line(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
        output.WriteLine(Line(headings));
        output.WriteLine(Line(widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            output.WriteLine(Line(row));
        }
    }
}
