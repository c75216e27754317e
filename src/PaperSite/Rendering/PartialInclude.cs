using Scriban;
using Scriban.Parsing;
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
internal sealed class PartialInclude(ParsedTheme theme) : IScriptCustomFunction
{
    // A context renders on one thread at a time, and each has its own include.
    private readonly Dictionary<string, ScriptVariable> _locals = new(StringComparer.Ordinal);

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
        var span = caller?.Span ?? context.CurrentSpan;
        var name = arguments.Count > 0 ? context.ObjectToString(arguments[0]) : null;
        if (string.IsNullOrEmpty(name))
        {
            throw new ScriptRuntimeException(span, "include needs the name of a partial");
        }

        if (!theme.Partials.TryGetValue(name, out var template))
        {
            throw new ScriptRuntimeException(span, theme.Loader.Refuse(name) ?? $"include \"{name}\": unknown partial");
        }

        context.EnterRecursive(caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            SetNamedArguments(context, caller, arguments, span);

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

    /// <summary>
    /// Makes each named argument a local variable of the partial. Scriban evaluated them in the
    /// caller's scope, before the partial's was pushed, and keeps them with the arguments.
    /// </summary>
    private void SetNamedArguments(TemplateContext context, ScriptNode? caller, ScriptArray arguments, SourceSpan span)
    {
        if (caller is not ScriptFunctionCall call)
        {
            return;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument is ScriptNamedArgument { Name.Name: { } name } && arguments.TryGetValue(context, span, name, out var value))
            {
                context.SetValue(Local(name), value, false, true);
            }
        }
    }

    private ScriptVariable Local(string name)
    {
        if (!_locals.TryGetValue(name, out var variable))
        {
            variable = ScriptVariable.Create(name, ScriptVariableScope.Local);
            _locals.Add(name, variable);
        }

        return variable;
    }
}
