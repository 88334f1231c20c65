using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Theme;

/// <summary>
/// <c>{{ include 'name' key: value }}</c>: renders a partial (a component's template or one in
/// <c>partials/</c>) parsed once per build, with its named arguments as <c>$key</c>. Its output
/// is the theme's own markup, so it is written as it is; the values inside it were escaped when
/// the partial wrote them.
/// </summary>
internal sealed class IncludeFunction : IScriptCustomFunction
{
    private readonly IReadOnlyDictionary<string, Template> _partials;
    private readonly Dictionary<string, string> _keys;

    public IncludeFunction(IReadOnlyDictionary<string, Template> partials)
    {
        _partials = partials;
        _keys = partials.Keys.ToDictionary(name => name, ThemeTemplates.PartialKey, StringComparer.Ordinal);
    }

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(TrustedHtml);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        var name = arguments.Count > 0 ? context.ObjectToString(arguments[0]) : null;
        if (name is null || !_partials.TryGetValue(name, out var partial))
        {
            throw new ScriptRuntimeException(span, $"There is no partial '{name}'. The theme's partials are: {string.Join(", ", _partials.Keys.Order(StringComparer.Ordinal))}.");
        }

        ThemeTemplates.Included(_keys[name]);
        if (callerContext?.Parent is ScriptExpressionStatement && context.EnableOutput)
        {
            WriteInPlace(context, partial, arguments, callerContext);
            return null; // already written where the statement would have written it
        }

        return new TrustedHtml(Render(context, partial, arguments, callerContext ?? context.CurrentNode)) { Indented = true };
    }

    // A statement of its own, as every include in the theme is: the partial writes into the
    // including template's output as it renders, indented as Scriban would indent its text, and
    // leaves the context as writing that text would have left it.
    private static void WriteInPlace(TemplateContext context, Template partial, ScriptArray arguments, ScriptNode caller)
    {
        var outputs = t_inPlace ??= [];
        var depth = t_depth;
        while (outputs.Count <= depth)
        {
            outputs.Add(new IndentingOutput());
        }

        var wasNewLine = ScribanInternals.PreviousTextWasNewLine(context);
        var output = outputs[depth].Into(context.Output, context.CurrentIndent, wasNewLine);
        t_depth = depth + 1;
        try
        {
            RenderInto(output, context, partial, arguments, caller, render: (template, c) => ScribanInternals.EvaluateAndRender(template, c, render: true));
        }
        finally
        {
            t_depth = depth;
        }

        ScribanInternals.PreviousTextWasNewLine(context) = output.Wrote ? output.EndsWithNewLine : wasNewLine;
    }

    // An include inside an expression (kept in a variable, say) gives its text back: Scriban's
    // TemplateContext.RenderTemplate (7.6.1), step for step, but into a StringBuilder this
    // thread keeps for each depth of include. Scriban's makes a new builder for every include,
    // grows it chunk by chunk and copies it once more as it empties it: that churn was over half of
    // the time a page spent in its templates, in allocating and copying arrays. The private
    // members it needs are in ScribanInternals.
    private static string Render(TemplateContext context, Template partial, ScriptArray arguments, ScriptNode? caller)
    {
        var outputs = t_outputs ??= [];
        var depth = t_depth;
        while (outputs.Count <= depth)
        {
            outputs.Add(new StringBuilderOutput(new StringBuilder(InitialCapacity)));
        }

        var output = outputs[depth];
        output.Builder.Clear(); // a partial that failed part way left its text
        t_depth = depth + 1;
        try
        {
            return RenderInto(output, context, partial, arguments, caller, render: (template, c) => template.Render(c));
        }
        finally
        {
            t_depth = depth; // whatever failed, even a named argument's value
        }
    }

    private static T RenderInto<T>(IScriptOutput output, TemplateContext context, Template partial, ScriptArray arguments, ScriptNode? caller, Func<Template, TemplateContext, T> render)
    {
        context.EnterRecursive(caller);
        var indent = context.CurrentIndent;
        var wasNewLine = ScribanInternals.PreviousTextWasNewLine(context);
        context.CurrentIndent = null;
        context.PushOutput(output);
        var named = ScribanInternals.FetchNamedArguments(context, caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            if (named is not null)
            {
                foreach (var (key, value) in named)
                {
                    context.SetValue(ScriptVariable.Create(key, ScriptVariableScope.Local), value, asReadOnly: false, force: true);
                }
            }

            if (indent is not null)
            {
                context.ResetPreviousNewLine();
            }

            return render(partial, context);
        }
        finally
        {
            context.PopLocal();
            context.PopOutput();
            context.CurrentIndent = indent;
            ScribanInternals.PreviousTextWasNewLine(context) = wasNewLine;
            context.ExitRecursive(caller);
        }
    }

    // About the size of the theme's larger partials (the header, the help block), so a builder
    // rarely grows past its first chunk.
    private const int InitialCapacity = 8192;

    [ThreadStatic]
    private static List<StringBuilderOutput>? t_outputs;

    [ThreadStatic]
    private static List<IndentingOutput>? t_inPlace;

    [ThreadStatic]
    private static int t_depth;

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public int GetParameterIndexByName(string name) => -1;
}
