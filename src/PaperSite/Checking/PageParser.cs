using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PaperSite.Checking;

/// <summary>
/// Parses pages with one AngleSharp parser per thread (a parser is cheap to reuse but not safe to
/// share). The checks read only elements, attributes and the title, so the parser skips body
/// text, comments, scripts and styles and keeps no source positions, which a large site's
/// check would otherwise allocate for nothing. The title is RCDATA, which is still kept.
/// </summary>
internal static class PageParser
{
    /// <summary>
    /// AngleSharp's default services without the attribute observer: it reacts to <c>rel</c> and
    /// <c>src</c> by resolving URLs and preparing style sheet and image loads the checker never
    /// makes, about a tenth of the parse time. Attribute values are stored all the same.
    /// </summary>
    private static readonly IConfiguration Services = AngleSharp.Configuration.Default.Without<IAttributeObserver>();

    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(
        new HtmlParserOptions
        {
            IsKeepingSourceReferences = false,
            IsScripting = false,
            DisableElementPositionTracking = true,
            SkipDataText = true,
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
        },
        BrowsingContext.New(Services)));

    /// <summary>Parses a whole page or an HTML fragment (a feed item's description) for its elements and attributes.</summary>
    public static IHtmlDocument Parse(string html) => Parser.Value!.ParseDocument(html);

    /// <summary>Parses a page held in a reused buffer; the buffer must not change until the document is disposed.</summary>
    public static IHtmlDocument Parse(ReadOnlyMemory<char> html) => Parser.Value!.ParseDocument(html);
}
