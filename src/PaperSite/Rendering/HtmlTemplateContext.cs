using System.Buffers;
using PaperSite.Pages.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PaperSite.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, in text and in attributes
/// alike, unless the value is <see cref="HtmlMarkup"/>: Markdown PaperSite rendered, or a partial's
/// output. The template's own text is written as it is. One per rendering thread, reused from page
/// to page.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    // Loops share one count per outermost loop: a 50,000-paper archive or topic page, with a few
    // topic chips per card, stays far below it, while a loop that never ends stops within a second.
    internal const int MaxLoopSteps = 5_000_000;

    // Layout, partials and their function calls nest a few levels deep; a partial that includes
    // itself stops here.
    internal const int MaxDepth = 64;

    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    /// <summary>A context whose templates see <paramref name="builtins"/> (Scriban's functions) and <paramref name="functions"/> (PaperSite's).</summary>
    public HtmlTemplateContext(ScriptObject builtins, ScriptObject functions, ITemplateLoader partials)
        : base(builtins)
    {
        TemplateLoader = partials;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        // Indenting an included partial's lines would also indent the lines of a <pre> block in it.
        AutoIndent = false;
        LoopLimit = MaxLoopSteps;
        RecursiveLimit = MaxDepth;
        // Scriban cuts longer text short with "..."; a page must come out whole or not at all.
        LimitToString = 0;
        NewLine = "\n";
        PushGlobal(functions);
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlMarkup html:
                Write(html.Markup);
                return this;
            default:
                WriteEscaped(ObjectToString(textAsObject));
                return this;
        }
    }

    private void WriteEscaped(string? text)
    {
        if (text is null)
        {
            return;
        }

        var at = 0;
        while (at < text.Length)
        {
            var next = text.AsSpan(at).IndexOfAny(Special);
            if (next < 0)
            {
                Write(text, at, text.Length - at);
                return;
            }

            Write(text, at, next);
            at += next;
            Write(text[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            at++;
        }
    }
}
