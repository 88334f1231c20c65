using System.Text.RegularExpressions;
using Markdig.Extensions.DefinitionLists;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Markdown.Text;

namespace SiteGen.Markdown.Glossary;

/// <summary>
/// Reads the glossary page's definition lists into terms, and gives each entry the id that
/// links point at. "Term (OTHER NAME)" defines both names.
/// </summary>
public static partial class GlossaryReader
{
    /// <summary>Reads the terms and marks up the glossary page's lists.</summary>
    public static IReadOnlyList<GlossaryTerm> Read(MarkdownDocument glossaryPage)
    {
        var terms = new List<GlossaryTerm>();
        foreach (var list in glossaryPage.Descendants<DefinitionList>())
        {
            list.GetAttributes().AddClass("glossary");
            foreach (var term in list.Descendants<DefinitionTerm>())
            {
                var text = PlainText.Of(term).Trim();
                var match = WithOtherNames().Match(text);
                var name = match.Success ? match.Groups["name"].Value.Trim() : text;
                var names = new List<string> { name };
                if (match.Success)
                {
                    names.AddRange(match.Groups["others"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                }

                var anchor = "term-" + Slug.From(name);
                term.GetAttributes().Id = anchor;
                terms.Add(new GlossaryTerm(name, anchor, names));
            }
        }

        return terms;
    }

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<others>[^()]+)\)$")]
    private static partial Regex WithOtherNames();
}
