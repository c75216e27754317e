using PaperSite.Pages.Views;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PaperSite.Rendering;

/// <summary>
/// Scriban's <c>include</c>, returning the partial's output as <see cref="HtmlMarkup"/>. The partial
/// escaped its own values as it wrote them; returned as a plain string, its HTML would be escaped a
/// second time by the page that includes it.
/// </summary>
internal sealed class PartialInclude : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    /// <inheritdoc />
    public int RequiredParameterCount => _include.RequiredParameterCount;

    /// <inheritdoc />
    public int ParameterCount => _include.ParameterCount;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    /// <inheritdoc />
    public Type ReturnType => typeof(HtmlMarkup);

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        _include.Invoke(context, callerContext, arguments, blockStatement) is { } html ? new HtmlMarkup(html.ToString() ?? "") : null;

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    /// <inheritdoc />
    public int GetParameterIndexByName(string name) => -1;
}
