using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Syntax;

namespace SiteGen.Theme;

/// <summary>
/// The private members of Scriban (7.6.1) that the theme's rendering reaches, in one place. They
/// are reached with UnsafeAccessor: if a Scriban update renames one, every page fails at once with
/// MissingMemberException, so no test passes unnoticed.
/// </summary>
internal static class ScribanInternals
{
    /// <summary>Whether the text written so far ends a line: where the next indented line starts.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    public static extern ref bool PreviousTextWasNewLine(TemplateContext context);

    /// <summary>Template.Render without taking the text out of the output afterwards.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "EvaluateAndRender")]
    public static extern object? EvaluateAndRender(Template template, TemplateContext context, bool render);

    /// <summary>The named arguments of an include call, as Scriban's own include reads them.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "FetchNamedArguments")]
    public static extern Dictionary<string, object?>? FetchNamedArguments(TemplateContext context, ScriptNode? callerContext);
}
