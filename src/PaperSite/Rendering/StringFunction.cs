using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SourceSpan = Scriban.Parsing.SourceSpan;

namespace PaperSite.Rendering;

/// <summary>
/// A template function of one text argument that returns text, called directly: Scriban calls a
/// function it made from a delegate through reflection, which showed in the cost of every page.
/// </summary>
/// <param name="name">The argument's name, for Scriban's messages.</param>
/// <param name="body">The function: where it was called (for an error) and its argument.</param>
internal sealed class StringFunction(string name, Func<SourceSpan, string, string> body) : IScriptCustomFunction
{
    /// <inheritdoc />
    public int RequiredParameterCount => 1;

    /// <inheritdoc />
    public int ParameterCount => 1;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    /// <inheritdoc />
    public Type ReturnType => typeof(string);

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        body(callerContext?.Span ?? context.CurrentSpan, context.ObjectToString(arguments[0]) ?? "");

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), name);

    /// <inheritdoc />
    public int GetParameterIndexByName(string parameter) => parameter == name ? 0 : -1;
}
