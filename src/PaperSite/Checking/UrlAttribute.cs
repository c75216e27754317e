using AngleSharp.Dom;

namespace PaperSite.Checking;

/// <summary>A URL found in an HTML attribute.</summary>
/// <param name="Element">The element, for the message.</param>
/// <param name="Attribute">The attribute's name.</param>
/// <param name="Url">One URL (a <c>srcset</c> gives one per candidate).</param>
internal sealed record UrlAttribute(IElement Element, string Attribute, string Url)
{
    /// <summary>The elements and attributes that name files the browser fetches or navigates to.</summary>
    private const string Selector = "a[href], link[href], script[src], img[src], img[srcset], source[src], source[srcset], form[action]";

    /// <summary>True for a canonical link or <c>og:url</c>, which must be absolute.</summary>
    public bool MustBeAbsolute => Element.LocalName == "meta"
        || (Element.LocalName == "link" && (Element.GetAttribute("rel") ?? "").Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase));

    /// <summary>Every URL in <paramref name="root"/>'s link-like attributes, plus <c>og:url</c>.</summary>
    public static IEnumerable<UrlAttribute> In(IParentNode root)
    {
        var links = root.QuerySelectorAll(Selector).SelectMany(Of);
        var openGraph = root.QuerySelectorAll("meta[property='og:url'][content]")
            .Select(meta => new UrlAttribute(meta, "content", meta.GetAttribute("content")!));
        return links.Concat(openGraph);
    }

    /// <summary>Every URL in any <c>href</c>/<c>src</c>/<c>srcset</c> of an HTML fragment (feed content), whatever the element.</summary>
    public static IEnumerable<UrlAttribute> AnyIn(IParentNode root) =>
        root.QuerySelectorAll("[href], [src], [srcset]").SelectMany(Of);

    private static IEnumerable<UrlAttribute> Of(IElement element)
    {
        foreach (var attribute in new[] { "href", "src", "action" })
        {
            if (element.GetAttribute(attribute) is { } url)
            {
                yield return new UrlAttribute(element, attribute, url);
            }
        }

        foreach (var candidate in SrcsetUrls(element.GetAttribute("srcset") ?? ""))
        {
            yield return new UrlAttribute(element, "srcset", candidate);
        }
    }

    /// <summary>The URLs of a <c>srcset</c>: comma-separated candidates, each a URL then an optional descriptor.</summary>
    private static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split(' ', 2)[0]);
}
