using PaperSite.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PaperSite.Rendering;

/// <summary>
/// Every template of a theme, parsed once, before anything is rendered: a syntax error, or an
/// <c>include</c> of a partial the theme does not have, stops the build before the output changes.
/// Parsed templates are only read while rendering, so every thread renders the same ones.
/// </summary>
internal sealed class ParsedTheme
{
    private ParsedTheme(IReadOnlyDictionary<string, Template> layouts, IReadOnlyDictionary<string, Template> partials)
    {
        Layouts = layouts;
        Partials = partials;
        Loader = new PartialLoader(partials);
    }

    /// <summary>Layout name → template.</summary>
    public IReadOnlyDictionary<string, Template> Layouts { get; }

    /// <summary>Partial name → template.</summary>
    public IReadOnlyDictionary<string, Template> Partials { get; }

    /// <summary>What <c>include</c> loads.</summary>
    public PartialLoader Loader { get; }

    /// <summary>Parses every template of <paramref name="theme"/>.</summary>
    /// <exception cref="PaperSiteException">A template has a syntax error or includes an unknown partial.</exception>
    public static ParsedTheme Parse(ThemeFiles theme)
    {
        var parsed = new ParsedTheme(
            theme.Layouts.ToDictionary(l => l.Key, l => ParseOne(l.Value, ThemeFiles.LayoutPath(l.Key)), StringComparer.Ordinal),
            theme.Partials.ToDictionary(p => p.Key, p => ParseOne(p.Value, ThemeFiles.PartialPath(p.Key)), StringComparer.Ordinal));
        foreach (var (name, template) in parsed.Layouts)
        {
            parsed.CheckIncludes(template.Page, ThemeFiles.LayoutPath(name));
        }

        foreach (var (name, template) in parsed.Partials)
        {
            parsed.CheckIncludes(template.Page, ThemeFiles.PartialPath(name));
        }

        return parsed;
    }

    /// <summary>The layout named <paramref name="name"/>.</summary>
    /// <exception cref="PaperSiteException">The theme has no such layout.</exception>
    public Template Layout(string name) =>
        Layouts.TryGetValue(name, out var template)
            ? template
            : throw new PaperSiteException(ThemeFiles.LayoutPath(name), null, "missing template: copy it from the default theme or create it");

    private static Template ParseOne(string source, string path)
    {
        var template = Template.Parse(source, path);
        if (template.HasErrors)
        {
            var error = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw TemplateErrors.At(error.Span, path, error.Message);
        }

        return template;
    }

    /// <summary>Every <c>include "name"</c> with a literal name must name a partial; names computed while rendering are checked then.</summary>
    private void CheckIncludes(ScriptNode? node, string path)
    {
        if (node is null)
        {
            return;
        }

        if (node is ScriptFunctionCall { Target: ScriptVariable { Name: "include" }, Arguments: [ScriptLiteral { Value: string name }, ..] } call
            && Loader.Refuse(name) is { } why)
        {
            throw TemplateErrors.At(call.Span, path, why);
        }

        foreach (var child in node.Children)
        {
            CheckIncludes(child, path);
        }
    }
}
