using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Text;

namespace SiteGen.Markdown.Glossary;

/// <summary>
/// Links the first use of each glossary term on a page to its definition. Text in headings,
/// links and code is left alone: a heading that is a link reads badly, and a link cannot hold a link.
/// </summary>
public sealed class GlossaryLinker
{
    private readonly PhraseFinder _names;
    private readonly Dictionary<string, GlossaryTerm> _byName;

    /// <summary>Prepares the linker for a glossary's terms.</summary>
    public GlossaryLinker(IReadOnlyList<GlossaryTerm> terms)
    {
        _byName = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            foreach (var name in term.Names)
            {
                _byName.TryAdd(name, term);
            }
        }

        // Longest names first, so "child sexual exploitation" wins over a shorter name inside it.
        _names = new PhraseFinder(_byName.Keys.OrderByDescending(n => n.Length), PhraseSpacing.AsWritten);
    }

    /// <summary>Links first uses in <paramref name="document"/>; <paramref name="urlOf"/> gives the link for a term.</summary>
    public void Link(MarkdownDocument document, Func<GlossaryTerm, string> urlOf)
    {
        var used = new HashSet<GlossaryTerm>();
        var literals = new List<LiteralInline>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock || block.Inline is null)
            {
                continue;
            }

            // Taken first, as linking puts new literals among them.
            literals.Clear();
            LiteralsOutsideLinks(block.Inline, literals);
            foreach (var literal in literals)
            {
                LinkFirstUse(literal, used, urlOf);
            }
        }
    }

    // In document order, as Markdig's Descendants gives them, without its stack for each block.
    private static void LiteralsOutsideLinks(ContainerInline container, List<LiteralInline> found)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal)
            {
                found.Add(literal);
            }
            else if (inline is ContainerInline inner and not LinkInline)
            {
                LiteralsOutsideLinks(inner, found);
            }
        }
    }

    private void LinkFirstUse(LiteralInline literal, HashSet<GlossaryTerm> used, Func<GlossaryTerm, string> urlOf)
    {
        var content = literal.Content.AsSpan();
        if (!_names.MayBeIn(content))
        {
            return; // most text names no term
        }

        var text = literal.Content.ToString();
        foreach (var match in _names.FindAll(text))
        {
            var name = text.Substring(match.Index, match.Length);
            var term = _byName[_names.PhraseOf(match)];
            var isAcronym = term.Names.Any(n => n.Length > 1 && n.All(c => !char.IsLower(c)) && string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (used.Contains(term) || (isAcronym && name.Any(char.IsLower)))
            {
                continue; // acronyms match only in capitals: "mace" the word is not MACE
            }

            used.Add(term);
            var link = new LinkInline(urlOf(term), "") { Line = literal.Line, Column = literal.Column + match.Index };
            link.GetAttributes().AddClass("glossary-term");
            link.AppendChild(new LiteralInline(name));
            var before = text[..match.Index];
            var after = text[(match.Index + match.Length)..];
            literal.Content = new Markdig.Helpers.StringSlice(before);
            literal.InsertAfter(link);
            if (after.Length > 0)
            {
                var rest = new LiteralInline(after) { Line = literal.Line, Column = literal.Column + match.Index + match.Length };
                link.InsertAfter(rest);
                LinkFirstUse(rest, used, urlOf);
            }

            return;
        }
    }
}
