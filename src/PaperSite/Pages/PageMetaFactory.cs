using PaperSite.Configuration;
using PaperSite.Model;
using PaperSite.Pages.Views;

namespace PaperSite.Pages;

/// <summary>Builds each page's head values and navigation.</summary>
public sealed class PageMetaFactory
{
    private readonly SiteConfig _config;
    private readonly SiteUrls _urls;
    private readonly IReadOnlyList<(string Title, string Path)> _nav;
    private readonly LinkView _siteFeed;

    /// <summary>Prepares the navigation: Home, Topics, Archive, Search, then Markdown pages with a <c>nav_order</c>.</summary>
    public PageMetaFactory(SiteConfig config, SiteUrls urls, IReadOnlyList<MarkdownPage> pages)
    {
        _config = config;
        _urls = urls;
        _siteFeed = new LinkView(config.Title, urls.Absolute("feed.xml"));
        IEnumerable<(string, string)> fixedNav = [("Home", ""), ("Topics", "topics/"), ("Archive", "archive/"), ("Search", "search/")];
        _nav = fixedNav
            .Concat(pages.Where(p => p.NavOrder is not null).OrderBy(p => p.NavOrder).ThenBy(p => p.Slug, StringComparer.Ordinal).Select(p => (p.Title, p.Slug + "/")))
            .ToList();
    }

    /// <summary>The head values of the page at <paramref name="sitePath"/>.</summary>
    /// <param name="layout">Layout name.</param>
    /// <param name="sitePath">The page's path in the site (<c>papers/x/</c>); <c>""</c> is home.</param>
    /// <param name="heading">The page's own title.</param>
    /// <param name="description">Meta description; null for the site's.</param>
    /// <param name="extraFeed">A feed of this page besides the site feed (a topic's).</param>
    public PageMeta For(string layout, string sitePath, string heading, string? description, LinkView? extraFeed = null)
    {
        var title = sitePath.Length == 0 ? _config.Title : $"{heading} \u00B7 {_config.Title}";
        var feeds = extraFeed is null ? [_siteFeed] : new[] { extraFeed, _siteFeed };
        return new PageMeta(
            title,
            heading,
            Flatten(description) ?? _config.Description,
            _urls.Absolute(sitePath),
            layout == "paper" ? "article" : "website",
            feeds,
            Nav(sitePath),
            layout);
    }

    private List<LinkView> Nav(string sitePath)
    {
        var section = sitePath.Split('/')[0];
        return _nav.Select(n => new LinkView(n.Title, _urls.Path(n.Path), n.Path.Split('/')[0] == section)).ToList();
    }

    private static string? Flatten(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Excerpt.Of(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), 200);
}
