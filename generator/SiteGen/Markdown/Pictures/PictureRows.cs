using Markdig.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Markdown.Callouts;

namespace SiteGen.Markdown.Pictures;

/// <summary>Turns each <c>::: picture name what it shows</c> fence of a page into a <see cref="PictureRow"/>, reporting a picture the theme does not have or one with no alt text.</summary>
public static class PictureRows
{
    /// <summary>The callout kind that makes a picture row.</summary>
    public const string Kind = "picture";

    /// <summary>Replaces the page's picture fences with rows.</summary>
    /// <param name="document">The page's parsed body.</param>
    /// <param name="file">The page, for diagnostics.</param>
    /// <param name="pictures">The names of the theme's pictures.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static void Read(MarkdownDocument document, ContentFile file, IReadOnlySet<string> pictures, DiagnosticBag diagnostics)
    {
        foreach (var callout in document.Descendants<Callout>().Where(c => c.Kind == Kind).ToList())
        {
            var at = new SourceLocation(file.DisplayPath, callout.Line + 1, callout.Column + 1);
            var words = callout.Title.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var name = words.Length > 0 ? words[0] : "";
            var alt = words.Length > 1 ? words[1] : "";
            if (!pictures.Contains(name))
            {
                diagnostics.Error(DiagnosticCodes.UnknownCallout, at, name.Length == 0 ? "The picture row does not name its picture." : $"The theme has no picture '{name}'.",
                    $"Write '::: picture NAME what it shows' with a NAME from: {string.Join(", ", pictures.Order(StringComparer.Ordinal))} (or add NAME.svg to the site's themes/default/{PictureRow.Folder}/).");
            }

            if (alt.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.MissingAltText, at, $"The picture '{name}' has no words saying what it shows, so a reader who cannot see it misses it.",
                    $"Write them after its name: '::: picture {(name.Length > 0 ? name : "phone")} A mobile phone'.");
            }

            var row = new PictureRow(callout.Parser, name, alt) { Line = callout.Line, Column = callout.Column, Span = callout.Span };
            while (callout.Count > 0)
            {
                var child = callout[0];
                callout.RemoveAt(0);
                row.Add(child);
            }

            var parent = callout.Parent!;
            parent[parent.IndexOf(callout)] = row;
        }
    }
}
