using AngleSharp.Dom;

namespace SiteGen.Safety;

/// <summary>
/// A start tag as the browser reads it: the element's name and its attributes, lower-cased and
/// with character references decoded. What <see cref="MarkupInspector"/> looks at, whether it came
/// from a parsed fragment of raw HTML in content or from the tokens of a finished page.
/// </summary>
/// <param name="Name">The element's name, lower case.</param>
/// <param name="Attributes">
/// Its attributes in source order; an array, because the checks look through those of every tag
/// of every page, and a list read through its interface made an enumerator each time.
/// </param>
public sealed record MarkupTag(string Name, KeyValuePair<string, string>[] Attributes)
{
    /// <summary>The tag of a parsed element.</summary>
    public static MarkupTag From(IElement element) =>
        new(element.LocalName, [.. element.Attributes.Select(a => KeyValuePair.Create(a.LocalName, a.Value))]);

    /// <summary>The value of the first attribute called <paramref name="name"/> (as a browser keeps the first), or null.</summary>
    public string? GetAttribute(string name)
    {
        foreach (var (key, value) in Attributes)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Whether the tag has an attribute called <paramref name="name"/>.</summary>
    public bool HasAttribute(string name) => GetAttribute(name) is not null;
}
