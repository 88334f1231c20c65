using System.Globalization;
using System.Net;

namespace SiteGen.Theme;

/// <summary>
/// Functions a theme's templates call on the theme's words (<c>t.*</c>), to put a link or a
/// number inside a sentence without splitting the sentence into pieces a translator cannot order.
/// Words and values are HTML-escaped; words an earlier call made HTML are kept, so calls chain.
/// </summary>
public static class TemplateWords
{
    /// <summary>
    /// The words with <c>{link}</c> (or <c>{<paramref name="name"/>}</c>) made a link:
    /// <c>{{ t.certificate_needs_javascript | with_link $module.quiz t.certificate_take_the_quiz }}</c>.
    /// </summary>
    /// <param name="words">The sentence, with the placeholder where the link goes.</param>
    /// <param name="href">Where the link goes.</param>
    /// <param name="text">The link's words.</param>
    /// <param name="name">The placeholder's name, for a sentence with two links.</param>
    public static TrustedHtml WithLink(object? words, string href, string text, string name = "link") =>
        new(Html(words).Replace("{" + name + "}", $"<a href=\"{WebUtility.HtmlEncode(href)}\">{WebUtility.HtmlEncode(text)}</a>", StringComparison.Ordinal));

    /// <summary>The words with <c>{<paramref name="name"/>}</c> filled in: <c>{{ t.training_page_minutes | fill "minutes" item.minutes t.digits }}</c>.</summary>
    /// <param name="words">The sentence.</param>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="value">What goes in its place.</param>
    /// <param name="digits">For a number, the language's digits, 0 to 9 (<c>t.digits</c>); none to write 0 to 9.</param>
    public static TrustedHtml Fill(object? words, string name, object? value, string? digits = null)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        if (value is int or long or double or decimal)
        {
            text = ThemeWords.InDigits(text, digits);
        }

        return new(Html(words).Replace("{" + name + "}", WebUtility.HtmlEncode(text), StringComparison.Ordinal));
    }

    private static string Html(object? words) => words is TrustedHtml html ? html.Value : WebUtility.HtmlEncode(Convert.ToString(words, CultureInfo.InvariantCulture) ?? "");
}
