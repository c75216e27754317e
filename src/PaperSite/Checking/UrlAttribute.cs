using AngleSharp.Dom;

namespace PaperSite.Checking;

/// <summary>A URL found in an HTML attribute; a struct, since a run finds hundreds of thousands.</summary>
/// <param name="Element">The element's local name, for the message.</param>
/// <param name="Attribute">The attribute's name.</param>
/// <param name="Url">One URL (a <c>srcset</c> gives one per candidate).</param>
/// <param name="MustBeAbsolute">True for a canonical link or <c>og:url</c>, which must be absolute.</param>
internal readonly record struct UrlAttribute(string Element, string Attribute, string Url, bool MustBeAbsolute = false)
{
    /// <summary>The element and attribute, as messages name them: <c>&lt;a href&gt;</c>.</summary>
    public string What => $"<{Element} {Attribute}>";

    /// <summary>
    /// Adds to <paramref name="urls"/> every URL the browser fetches or navigates to from
    /// <paramref name="element"/> itself: <c>a</c>/<c>link</c> href, <c>script</c>/<c>img</c>/<c>source</c>
    /// src and srcset, <c>form</c> action, and <c>og:url</c>. One walk with a switch on the name, not
    /// a selector list per attribute: every page of a site is walked, and each has many links.
    /// </summary>
    public static void Collect(IElement element, List<UrlAttribute> urls)
    {
        switch (element.LocalName)
        {
            case "a":
                Add(element, "href", urls);
                break;
            case "link":
                Add(element, "href", urls, IsCanonical(element));
                break;
            case "script":
                Add(element, "src", urls);
                break;
            case "img" or "source":
                Add(element, "src", urls);
                AddSrcset(element, urls);
                break;
            case "form":
                Add(element, "action", urls);
                break;
            case "meta" when element.GetAttribute("property") == "og:url":
                Add(element, "content", urls, mustBeAbsolute: true);
                break;
        }
    }

    /// <summary>Every URL in any <c>href</c>/<c>src</c>/<c>srcset</c> of an HTML fragment (feed content), whatever the element.</summary>
    public static IEnumerable<UrlAttribute> AnyIn(IParentNode root)
    {
        var urls = new List<UrlAttribute>();
        foreach (var element in root.QuerySelectorAll("[href], [src], [srcset]"))
        {
            Add(element, "href", urls);
            Add(element, "src", urls);
            AddSrcset(element, urls);
        }

        return urls;
    }

    private static bool IsCanonical(IElement link) =>
        (link.GetAttribute("rel") ?? "").Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase);

    private static void Add(IElement element, string attribute, List<UrlAttribute> urls, bool mustBeAbsolute = false)
    {
        if (element.GetAttribute(attribute) is { } url)
        {
            urls.Add(new UrlAttribute(element.LocalName, attribute, url, mustBeAbsolute));
        }
    }

    /// <summary>The URLs of a <c>srcset</c>: comma-separated candidates, each a URL then an optional descriptor.</summary>
    private static void AddSrcset(IElement element, List<UrlAttribute> urls)
    {
        if (element.GetAttribute("srcset") is not { } srcset)
        {
            return;
        }

        foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            urls.Add(new UrlAttribute(element.LocalName, "srcset", candidate.Split(' ', 2)[0]));
        }
    }
}
