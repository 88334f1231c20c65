using System.Globalization;
using System.Text;

namespace SiteGen.Completions;

/// <summary>
/// A horizontal bar chart as inline SVG that reads without colour: every bar carries its series
/// name and value as text, the "before" series is hatched as well as lighter, and the chart is
/// one image (<c>role="img"</c>) named by its title and description. The report puts its data
/// table beside it for anyone who cannot see it.
/// </summary>
internal static class SvgBarChart
{
    private const int Width = 640;
    private const int LabelWidth = 70;
    private const int BarSpace = 470;
    private const string Ink = "#1b1b1b";
    private const string Bar = "#1d4f91"; // 8.6:1 on white, well above the 3:1 graphics need

    /// <summary>One bar: its series ("Before", or empty), its length, and the text written after it.</summary>
    public sealed record BarValue(string Series, double Value, string Text, bool Hatched = false);

    /// <summary>A labelled group of bars (one bar per group for a simple chart), with an optional second line of label.</summary>
    public sealed record BarGroup(string Label, IReadOnlyList<BarValue> Bars, string? Detail = null);

    /// <summary>The chart's SVG.</summary>
    /// <param name="id">Unique in the page: prefixes the ids of the title, description and hatching.</param>
    /// <param name="title">The chart's short name.</param>
    /// <param name="description">What it shows, and where its numbers are.</param>
    /// <param name="groups">The bars.</param>
    /// <param name="max">The value of a full-length bar.</param>
    public static string Render(string id, string title, string description, IReadOnlyList<BarGroup> groups, double max)
    {
        var body = new StringBuilder();
        var y = 0;
        foreach (var group in groups)
        {
            body.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\" font-weight=\"bold\">{Html.Encode(Shorten(group.Label, 70))}</text>");
            y += 22;
            if (group.Detail is { } detail)
            {
                body.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\">{Html.Encode(Shorten(detail, 80))}</text>");
                y += 22;
            }

            foreach (var bar in group.Bars)
            {
                var length = max <= 0 ? 0 : Math.Round(BarSpace * Math.Clamp(bar.Value / max, 0, 1), 1);
                var x = bar.Series.Length > 0 ? LabelWidth : 0;
                if (bar.Series.Length > 0)
                {
                    body.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 14}\">{Html.Encode(bar.Series)}</text>");
                }

                var fill = bar.Hatched ? $"url(#{id}-hatch)" : Bar;
                body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{length}\" height=\"18\" fill=\"{fill}\" stroke=\"{Bar}\" stroke-width=\"1.5\"/>");
                body.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + length + 6}\" y=\"{y + 14}\">{Html.Encode(bar.Text)}</text>");
                y += 24;
            }

            y += 10;
        }

        var height = Math.Max(y, 20);
        return $"""
            <svg role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {Width} {height}" width="{Width}" height="{height}" font-family="system-ui, sans-serif" font-size="14" fill="{Ink}">
            <title id="{id}-title">{Html.Encode(title)}</title>
            <desc id="{id}-desc">{Html.Encode(description)}</desc>
            <defs><pattern id="{id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="{Bar}"/></pattern></defs>
            {body}
            </svg>
            """;
    }

    private static string Shorten(string text, int most) => text.Length <= most ? text : text[..(most - 1)] + "…";
}
