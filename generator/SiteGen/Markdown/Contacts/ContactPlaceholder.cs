using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Contacts;

/// <summary>
/// <c>{{contact:id}}</c> in content: a contact from site.yaml, so a phone number is written once,
/// in site.yaml, and never typed into a page.
/// </summary>
public sealed class ContactPlaceholder : LeafInline
{
    /// <summary>The contact's id (<c>front_door</c>).</summary>
    public required string ContactId { get; init; }

    /// <summary>What to print: the whole contact, or one of its parts.</summary>
    public required ContactPart Part { get; init; }

    /// <summary>The placeholder as written, for messages.</summary>
    public required string Source { get; init; }
}

/// <summary>Which part of a contact a placeholder prints.</summary>
public enum ContactPart
{
    /// <summary>Name and number (or link): <c>{{contact:id}}</c>.</summary>
    Whole,

    /// <summary>The number alone: <c>{{contact:id.phone}}</c>.</summary>
    Phone,

    /// <summary>The name alone: <c>{{contact:id.name}}</c>.</summary>
    Name,

    /// <summary>The website alone: <c>{{contact:id.url}}</c>.</summary>
    Url,

    /// <summary>A suffix that is not one of the above; reported as an error.</summary>
    Unknown,
}
