using System.Collections;
using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Theme;

/// <summary>
/// How SiteGen runs a theme's Scriban templates: every value is HTML-escaped unless it is
/// <see cref="TrustedHtml"/>; a name the model does not have is an error, not empty output; an
/// empty string or list counts as false (as it did for the theme's first templates); and no
/// size limit cuts a long page or a large section short.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        LoopLimit = 0; // a section may list thousands of pages
        LimitToString = 0; // the default would cut output at 1 MB with "..."
        MemberRenamer = StandardMemberRenamer.Default; // SectionNav is section_nav, as Scriban's docs write
        IndentOnEmptyLines = false; // no trailing whitespace
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case LayoutContent layout:
                layout.WriteTo(this);
                return this;
            case TrustedHtml { Indented: true } html:
                Write(html.Value); // a partial: its lines take the indentation of the line that includes it
                return this;
            case TrustedHtml html:
                // Rendered Markdown goes in exactly as Markdig wrote it: indenting its lines would
                // change what a <pre> shows.
                var indent = CurrentIndent;
                CurrentIndent = null;
                Write(html.Value);
                CurrentIndent = indent;
                return this;
            default:
                Write(WebUtility.HtmlEncode(ObjectToString(textAsObject) ?? ""));
                return this;
        }
    }

    /// <inheritdoc />
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        string text => text.Length > 0,
        ICollection collection => collection.Count > 0,
        _ => base.ToBool(span, value),
    };
}
