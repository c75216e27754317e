using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PaperSite.Rendering;

/// <summary>
/// Scriban's <c>include</c>, writing the partial where the <c>include</c> stands. Scriban's own
/// returns the partial's output as a string, which the page then writes as a value: escaped a second
/// time, since every value is. Written in place, the partial's HTML comes out once, as the partial
/// wrote it (its own values escaped), with no copy of it made. The partial sees the page's
/// variables, and its named arguments as local ones (<c>include "paper-card" card: card</c> →
/// <c>$card</c>), as with Scriban's.
/// </summary>
internal sealed class PartialInclude : IScriptCustomFunction
{
    /// <inheritdoc />
    public int RequiredParameterCount => 1;

    /// <inheritdoc />
    public int ParameterCount => 1;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    /// <inheritdoc />
    public Type ReturnType => typeof(void);

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var caller = callerContext ?? context.CurrentNode;
        var name = arguments.Count > 0 ? context.ObjectToString(arguments[0]) : null;
        if (string.IsNullOrEmpty(name))
        {
            throw new ScriptRuntimeException(caller?.Span ?? context.CurrentSpan, "include needs the name of a partial");
        }

        var template = context.GetOrCreateTemplate(context.GetTemplatePathFromName(name, caller)!, caller);
        // Named arguments are evaluated in the caller's scope, before the partial's is pushed.
        var named = NamedArguments(context, caller);
        context.EnterRecursive(caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            foreach (var (variable, value) in named)
            {
                context.SetValue(ScriptVariable.Create(variable, ScriptVariableScope.Local), value, false, true);
            }

            // As Template.Render does, without its reading back and emptying the output it wrote to.
            if (template.Page is { } partial && context.Evaluate(partial) is { } result)
            {
                context.Write(partial.Span, result);
            }
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(caller);
        }

        return null;
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    /// <inheritdoc />
    public int GetParameterIndexByName(string name) => -1;

    private static List<(string Name, object? Value)> NamedArguments(TemplateContext context, ScriptNode? caller)
    {
        var named = new List<(string, object?)>();
        if (caller is ScriptFunctionCall call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument is ScriptNamedArgument { Name.Name: { } variable, Value: { } value })
                {
                    named.Add((variable, context.Evaluate(value)));
                }
            }
        }

        return named;
    }
}
