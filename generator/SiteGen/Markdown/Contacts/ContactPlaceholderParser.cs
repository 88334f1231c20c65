using Markdig.Helpers;
using Markdig.Parsers;

namespace SiteGen.Markdown.Contacts;

/// <summary>Parses <c>{{contact:id}}</c>, <c>{{contact:id.phone}}</c>, <c>.name</c> and <c>.url</c>.</summary>
public sealed class ContactPlaceholderParser : InlineParser
{
    private const string Opening = "{{contact:";

    /// <summary>Creates the parser.</summary>
    public ContactPlaceholderParser() => OpeningCharacters = ['{'];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text.AsSpan(slice.Start, slice.Length);
        if (!text.StartsWith(Opening, StringComparison.Ordinal))
        {
            return false;
        }

        var close = text.IndexOf("}}", StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        var body = text[Opening.Length..close].Trim().ToString();
        var dot = body.IndexOf('.', StringComparison.Ordinal);
        var id = dot < 0 ? body : body[..dot];
        var part = dot < 0 ? ContactPart.Whole : body[(dot + 1)..] switch
        {
            "phone" => ContactPart.Phone,
            "name" => ContactPart.Name,
            "url" => ContactPart.Url,
            _ => ContactPart.Unknown,
        };

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new ContactPlaceholder
        {
            ContactId = id,
            Part = part,
            Source = text[..(close + 2)].ToString(),
            Span = new Markdig.Syntax.SourceSpan(start, start + close + 1),
            Line = line,
            Column = column,
        };
        slice.Start += close + 2;
        return true;
    }
}
