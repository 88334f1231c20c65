using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using SiteGen.Markdown.Text;

namespace SiteGen.Markdown.Tables;

/// <summary>
/// Renders a table inside a labelled region that scrolls sideways on its own, so a wide table
/// never makes the whole page scroll at 320px or 400% zoom (WCAG 1.4.10 lets data tables
/// scroll in two dimensions). The region is focusable so keyboard users can scroll it too.
/// </summary>
public sealed class ScrollableTableRenderer : HtmlObjectRenderer<Table>
{
    private readonly HtmlTableRenderer _table = new();

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        AlignByClass(table);
        renderer.EnsureLine();
        // A labelled section is a region of its own, without the role attribute a div needs.
        renderer.Write("<section class=\"table-scroll\" tabindex=\"0\" aria-label=\"").WriteEscape(Label(table)).WriteLine("\">");
        ((IMarkdownObjectRenderer)_table).Write(renderer, table);
        renderer.EnsureLine();
        renderer.WriteLine("</section>");
    }

    /// <summary>
    /// Markdig aligns a column (<c>|:-:|</c>) with a style attribute, which the site's
    /// Content-Security-Policy blocks, so the alignment was silently lost: a class does the
    /// same from the stylesheet. Done once per table; a second render finds nothing to move.
    /// </summary>
    private static void AlignByClass(Table table)
    {
        foreach (var row in table.OfType<TableRow>())
        {
            var index = 0; // a cell's ColumnIndex is not set by the pipe table parser: count spans
            foreach (var cell in row.OfType<TableCell>())
            {
                if (index < table.ColumnDefinitions.Count && table.ColumnDefinitions[index].Alignment is { } alignment)
                {
                    cell.GetAttributes().AddClass("table-cell--" + alignment.ToString().ToLowerInvariant());
                }

                index += Math.Max(1, cell.ColumnSpan);
            }
        }

        foreach (var column in table.ColumnDefinitions)
        {
            column.Alignment = null;
        }
    }

    /// <summary>"Table: Sign, Why it matters": the header row names the region for screen readers.</summary>
    private static string Label(Table table)
    {
        var header = table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader);
        var cells = header?.OfType<TableCell>().Select(c => string.Join(' ', c.OfType<Markdig.Syntax.LeafBlock>().Select(b => PlainText.Of(b))).Trim())
            .Where(t => t.Length > 0).ToList() ?? [];
        return cells.Count == 0 ? "Table" : "Table: " + string.Join(", ", cells);
    }
}
