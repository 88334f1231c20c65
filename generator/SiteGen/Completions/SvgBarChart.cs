using System.Globalization;
using System.Text;

namespace SiteGen.Completions;

/// <summary>
/// Horizontal bar charts as inline SVG that read without colour: every bar carries its value as
/// text, the "before" series is hatched as well as outlined, and each chart is one image
/// (<c>role="img"</c>) named by its title and description. The report puts the data table
/// below it for anyone who cannot see it.
/// </summary>
/// <remarks>
/// Each chart is drawn <see cref="Width"/> units wide and shown at that many CSS pixels or, on a
/// narrower screen, scaled down to fit: at 16 units its text is 16px at full size and still
/// over 12px in the 280px a 320px-wide screen leaves. Labels are wrapped at word breaks, never cut.
/// </remarks>
internal static class SvgBarChart
{
    /// <summary>The width every chart is drawn at, in px; the stylesheet lets it shrink, never grow.</summary>
    public const int Width = 360;

    /// <summary>Fewer learners than this and a confidence change may be chance: the chart says so.</summary>
    public const int FewLearners = 5;

    private const int FontSize = 16;
    private const int Line = 20;
    private const int CharsPerLine = 40; // 360 units at a generous 0.55em a character
    private const int BarHeight = 18;
    private const string Ink = "#0b0c0c";
    private const string Bar = "#3b2a6b"; // the site's brand purple: 12.1:1 on white, well above the 3:1 graphics need
    private const string Grid = "#b1b4b6"; // decorative guide lines only: every value is written beside its bar

    // The confidence scale: "Before"/"After" to the left of an axis from 1 to 5, the value after the bar.
    private const int AxisStart = 62;
    private const int AxisLength = 240;

    /// <summary>One bar of a percentage chart: its label, its percentage, and the text written after it.</summary>
    public sealed record Percentage(string Label, int Percent, string Text);

    /// <summary>One confidence question's mean before and after, on the scale 1 to 5.</summary>
    public sealed record Question(string Text, double Before, double After);

    /// <summary>A module's confidence questions, and a note under its title when they rest on few learners.</summary>
    public sealed record Module(string Title, IReadOnlyList<Question> Questions, string? Caution);

    /// <summary>A chart of percentages from 0 to 100, one labelled bar each.</summary>
    /// <param name="id">Unique in the page: prefixes the ids of the title and description.</param>
    /// <param name="title">The chart's short name.</param>
    /// <param name="description">What it shows, and where its numbers are.</param>
    /// <param name="bars">The bars.</param>
    public static string Percentages(string id, string title, string description, IReadOnlyList<Percentage> bars)
    {
        const int barSpace = 220; // leaves room after a full bar for "100% (120 of 120)"
        var body = new StringBuilder();
        var y = 0;
        foreach (var bar in bars)
        {
            y = Label(body, bar.Label, y, bold: true);
            var length = Math.Round(barSpace * Math.Clamp(bar.Percent, 0, 100) / 100.0, 1);
            body.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{y + 3}\" width=\"{length}\" height=\"{BarHeight}\" fill=\"{Bar}\"/>");
            body.Append(CultureInfo.InvariantCulture, $"<text x=\"{length + 6}\" y=\"{y + 17}\">{Html.Encode(bar.Text)}</text>");
            y += BarHeight + 16;
        }

        return Svg(id, title, description, body, y);
    }

    /// <summary>
    /// Mean confidence before (hatched) and after (solid) for each module and question. Bars start
    /// at 1, the lowest answer, so a bar's length is (value − 1) / 4 of the axis below it.
    /// </summary>
    /// <param name="id">Unique in the page: prefixes the ids of the title, description and hatching.</param>
    /// <param name="title">The chart's short name.</param>
    /// <param name="description">What it shows, and where its numbers are.</param>
    /// <param name="modules">The modules, each with its questions.</param>
    public static string Confidence(string id, string title, string description, IReadOnlyList<Module> modules)
    {
        var body = new StringBuilder();
        var y = 0;
        foreach (var module in modules)
        {
            y = Label(body, module.Title, y, bold: true);
            if (module.Caution is { } caution)
            {
                y = Label(body, caution, y, bold: false, italic: true);
            }

            y += 6;
            foreach (var question in module.Questions)
            {
                y = Label(body, question.Text, y, bold: false);
                for (var tick = 0; tick <= 4; tick++)
                {
                    var x = AxisStart + (AxisLength * tick / 4);
                    body.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{y}\" x2=\"{x}\" y2=\"{y + 50}\" stroke=\"{Grid}\" stroke-width=\"1\"/>");
                }

                y = ScaleBar(body, id, "Before", question.Before, y + 2, hatched: true);
                y = ScaleBar(body, id, "After", question.After, y, hatched: false);
                y += 8;
            }

            y = Axis(body, y) + 18;
        }

        return Svg(id, title, description, body, y, $"<defs><pattern id=\"{id}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><rect width=\"2.5\" height=\"6\" fill=\"{Bar}\"/></pattern></defs>");
    }

    /// <summary>Text wrapped at word breaks onto as many lines as it needs, one tspan a line; returns the y below it.</summary>
    internal static int Label(StringBuilder body, string text, int y, bool bold, bool italic = false)
    {
        var lines = Wrap(text, CharsPerLine);
        body.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 16}\"{(bold ? " font-weight=\"bold\"" : "")}{(italic ? " font-style=\"italic\"" : "")}>");
        for (var i = 0; i < lines.Count; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tspan x=\"0\" dy=\"{(i == 0 ? 0 : Line)}\">{Html.Encode(lines[i])}</tspan>");
        }

        body.Append("</text>");
        return y + (lines.Count * Line) + 2;
    }

    /// <summary>Words in lines of at most <paramref name="most"/> characters; a longer word has a line to itself.</summary>
    internal static List<string> Wrap(string text, int most)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > most)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static int ScaleBar(StringBuilder body, string id, string series, double value, int y, bool hatched)
    {
        // A mean of 1 draws a hairline at the start of the axis rather than nothing.
        var length = Math.Max(1.5, Math.Round(AxisLength * Math.Clamp((value - 1) / 4, 0, 1), 1));
        var fill = hatched ? $"url(#{id}-hatch)" : Bar;
        body.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\">{series}</text>");
        body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{AxisStart}\" y=\"{y}\" width=\"{length}\" height=\"{BarHeight}\" fill=\"{fill}\" stroke=\"{Bar}\" stroke-width=\"1.5\"/>");
        body.Append(CultureInfo.InvariantCulture, $"<text x=\"{AxisStart + length + 6}\" y=\"{y + 15}\">{value.ToString("0.0", CultureInfo.InvariantCulture)}</text>");
        return y + BarHeight + 6;
    }

    /// <summary>The axis line under a module's bars, with its ticks labelled 1 to 5; returns the y below it.</summary>
    private static int Axis(StringBuilder body, int y)
    {
        body.Append(CultureInfo.InvariantCulture, $"<line x1=\"{AxisStart}\" y1=\"{y}\" x2=\"{AxisStart + AxisLength}\" y2=\"{y}\" stroke=\"{Ink}\" stroke-width=\"1.5\"/>");
        for (var tick = 0; tick <= 4; tick++)
        {
            var x = AxisStart + (AxisLength * tick / 4);
            body.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{y}\" x2=\"{x}\" y2=\"{y + 5}\" stroke=\"{Ink}\" stroke-width=\"1.5\"/>");
            body.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y + 22}\" text-anchor=\"middle\">{tick + 1}</text>");
        }

        return y + 26;
    }

    private static string Svg(string id, string title, string description, StringBuilder body, int height, string defs = "")
    {
        height = Math.Max(height, 20);
        return $"""
            <svg role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {Width} {height}" width="{Width}" height="{height}" font-family="system-ui, sans-serif" font-size="{FontSize}" fill="{Ink}">
            <title id="{id}-title">{Html.Encode(title)}</title>
            <desc id="{id}-desc">{Html.Encode(description)}</desc>
            {defs}{body}
            </svg>
            """;
    }
}
