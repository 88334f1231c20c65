namespace SiteGen.Theme;

/// <summary>
/// HTML the generator made itself (a page's rendered Markdown, a partial's output), which a
/// template inserts as it is. Every other value a template writes is HTML-escaped, so text from
/// front matter or site.yaml can never become markup.
/// </summary>
/// <param name="Value">The HTML.</param>
public sealed record TrustedHtml(string Value)
{
    /// <summary>True for a partial's output, whose lines take the indentation of the line that includes it.</summary>
    public bool Indented { get; init; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
