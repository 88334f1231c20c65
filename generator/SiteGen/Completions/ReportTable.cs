using System.Globalization;
using System.Text;

namespace SiteGen.Completions;

/// <summary>The report's tables, and how numbers are written in them.</summary>
internal static class ReportTable
{
    /// <summary>
    /// A table whose first column heads its rows; a header starting with # is a number column, and
    /// the <paramref name="wide"/> columns (of words) are kept wide enough not to wrap a word a
    /// line. It sits in a focusable region named by its caption that scrolls sideways on its own
    /// when the table is wider than the screen, so the page itself never does.
    /// </summary>
    public static void Table(StringBuilder page, string id, string caption, string[] headers, IEnumerable<string[]> rows, string[]? footer = null, int[]? wide = null)
    {
        var classes = headers.Select((h, i) => Classes(h, wide?.Contains(i) == true)).ToArray();
        page.Append(CultureInfo.InvariantCulture, $"<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{id}\">\n<table>\n<caption id=\"{id}\">")
            .Append(Html.Encode(caption)).Append("</caption>\n<thead><tr>");
        for (var i = 0; i < headers.Length; i++)
        {
            page.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"{classes[i]}>{Html.Encode(headers[i].TrimStart('#'))}</th>");
        }

        page.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            Row(page, classes, row);
        }

        page.Append("</tbody>\n");
        if (footer is not null)
        {
            page.Append("<tfoot>\n");
            Row(page, classes, footer);
            page.Append("</tfoot>\n");
        }

        page.Append("</table>\n</div>\n");
    }

    private static void Row(StringBuilder page, string[] classes, string[] cells)
    {
        page.Append("<tr>");
        for (var i = 0; i < cells.Length; i++)
        {
            var tag = i == 0 ? "th scope=\"row\"" : "td";
            page.Append(CultureInfo.InvariantCulture, $"<{tag}{classes[i]}>{Html.Encode(cells[i])}</{tag[..2]}>");
        }

        page.Append("</tr>\n");
    }

    private static string Classes(string header, bool wide) => header.StartsWith('#') ? " class=\"n\"" : wide ? " class=\"wide\"" : "";

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";
}
