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

    public IncludeFunction(IReadOnlyDictionary<string, Template> partials) => _partials = partials;

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

        ThemeTemplates.Included(name);
        return new TrustedHtml(context.RenderTemplate(partial, arguments, callerContext ?? context.CurrentNode)) { Indented = true };
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public int GetParameterIndexByName(string name) => -1;
}
