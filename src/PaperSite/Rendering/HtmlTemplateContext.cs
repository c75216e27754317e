using System.Buffers;
using PaperSite.Pages.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PaperSite.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, in text and in attributes
/// alike, unless the value is <see cref="HtmlMarkup"/> (Markdown PaperSite rendered, or a partial's
/// output) or a layout's <see cref="PageBody"/>. The template's own text is written as it is.
/// Reused from page to page, by one thread at a time.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    // Loops share one count per outermost loop: a 50,000-paper archive or topic page, with a few
    // topic chips per card, stays far below it, while a loop that never ends stops within a second.
    internal const int MaxLoopSteps = 5_000_000;

    // Layout, partials and their function calls nest a few levels deep; a partial that includes
    // itself stops here.
    internal const int MaxDepth = 64;

    // Bounds every text a template makes (Scriban checks it in string multiplication, joins and
    // padding; see also ObjectToString) and the page it writes: no real page comes near it.
    internal const int MaxTextLength = 64 * 1024 * 1024;

    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    private readonly ScriptObject _functions;

    // Reset empties Scriban's cache of member accessors; kept here, each type is reflected on once.
    private readonly Dictionary<Type, IObjectAccessor?> _accessors = [];

    /// <summary>A context whose templates see <paramref name="builtins"/> (Scriban's functions) and <paramref name="functions"/> (PaperSite's).</summary>
    /// <param name="builtins">Scriban's functions.</param>
    /// <param name="functions">PaperSite's functions.</param>
    /// <param name="loader">What <c>include</c> may load.</param>
    public HtmlTemplateContext(ScriptObject builtins, ScriptObject functions, ITemplateLoader loader)
        : base(builtins)
    {
        _functions = functions;
        TemplateLoader = loader;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        // Indenting an included partial's lines would also indent the lines of a <pre> block in it.
        AutoIndent = false;
        LoopLimit = MaxLoopSteps;
        RecursiveLimit = MaxDepth;
        LimitToString = MaxTextLength;
        NewLine = "\n";
    }

    /// <summary>
    /// Readies the context for one template: Scriban counts what a context writes against
    /// <see cref="TemplateContext.LimitToString"/> from its last <see cref="TemplateContext.Reset"/>, so
    /// it is reset every time, and the functions are put back.
    /// </summary>
    public void Begin()
    {
        Reset();
        PushGlobal(_functions);
    }

    /// <inheritdoc />
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (!_accessors.TryGetValue(type, out var accessor))
        {
            accessor = base.GetMemberAccessorImpl(target);
            _accessors.Add(type, accessor);
        }

        return accessor;
    }

    /// <inheritdoc />
    public override string? ObjectToString(object? value, bool nested = false)
    {
        var text = base.ObjectToString(value, nested);
        return text is { Length: > MaxTextLength }
            ? throw new ScriptRuntimeException(CurrentSpan, $"a value of {text.Length:N0} characters; templates may make text of at most {MaxTextLength:N0}")
            : text;
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
            case PageBody body when Output is PageOutput page:
                body.WriteTo(page.Writer);
                return this;
            case PageBody body:
                Write(body.ToString());
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
