using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PaperSite.Checking;

/// <summary>
/// Parses pages with one AngleSharp parser per thread: a parser is cheap to reuse but not safe to
/// share, and source references are off because no check reports columns from them.
/// </summary>
internal static class PageParser
{
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(new HtmlParserOptions
    {
        IsKeepingSourceReferences = false,
        IsScripting = false,
    }));

    /// <summary>Parses a whole page or an HTML fragment (a feed item's description).</summary>
    public static IHtmlDocument Parse(string html) => Parser.Value!.ParseDocument(html);
}
