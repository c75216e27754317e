using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PaperSite.Rendering;

/// <summary>
/// What <c>include</c> may load: a partial of the theme by its name (<c>include "paper-card"</c>),
/// nothing else; a path, <c>../</c> or an unknown name is an error at the <c>include</c>.
/// </summary>
internal sealed class PartialLoader(IReadOnlyDictionary<string, Template> partials) : ITemplateLoader
{
    /// <summary>The name under which a partial's parsed template is cached in a context.</summary>
    public static string KeyOf(string name) => ThemeFiles.PartialPath(name);

    /// <summary>Why <paramref name="name"/> cannot be included, or null when it can.</summary>
    public string? Refuse(string name) =>
        partials.ContainsKey(name)
            ? null
            : name.IndexOfAny(['/', '\\', '.']) >= 0
                ? $"include \"{name}\": include takes a partial's name, the file name in theme/layouts/partials/ without {ThemeFiles.Extension}, never a path"
                : $"include \"{name}\": unknown partial; theme/layouts/partials/ has {(partials.Count == 0 ? "none" : string.Join(", ", partials.Keys.Order(StringComparer.Ordinal)))}";

    /// <inheritdoc />
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Refuse(templateName) is { } why ? throw new ScriptRuntimeException(callerSpan, why) : KeyOf(templateName);

    /// <inheritdoc />
    // Every partial is parsed once, before rendering, and PaperSite's include takes it from there: nothing is loaded here.
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"{templatePath} is not a partial of the theme");

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
