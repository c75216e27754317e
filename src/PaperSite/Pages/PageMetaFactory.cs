using System.Collections.Concurrent;
using System.Text;
using PaperSite.Configuration;
using PaperSite.Model;
using PaperSite.Pages.Views;
using PaperSite.Papers;

namespace PaperSite.Pages;

/// <summary>Builds each page's head values and navigation.</summary>
internal sealed class PageMetaFactory
{
    private readonly SiteConfig _config;
    private readonly SiteUrls _urls;
    private readonly IReadOnlyList<(string Title, string Url, string Section)> _nav;
    private readonly ConcurrentDictionary<string, IReadOnlyList<LinkView>> _navBySection = new(StringComparer.Ordinal);
    private readonly LinkView _siteFeed;

    /// <summary>Prepares the navigation: Home, Topics, Archive, Search, then Markdown pages with a <c>nav_order</c>.</summary>
    public PageMetaFactory(SiteConfig config, SiteUrls urls, IReadOnlyList<MarkdownPage> pages)
    {
        _config = config;
        _urls = urls;
        _siteFeed = new LinkView(config.Title, urls.Absolute(SiteUrls.FeedFile));
        IEnumerable<(string, string)> fixedNav = [("Home", ""), ("Topics", SiteUrls.Topics), ("Archive", SiteUrls.Archive), ("Search", SiteUrls.Search)];
        _nav = fixedNav
            .Concat(pages.Where(p => p.NavOrder is not null).OrderBy(p => p.NavOrder).ThenBy(p => p.Slug, StringComparer.Ordinal).Select(p => (p.Title, p.Slug + "/")))
            .Select(n => (n.Item1, urls.Path(n.Item2), SectionOf(n.Item2)))
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
            _navBySection.GetOrAdd(SectionOf(sitePath), Nav),
            layout);
    }

    /// <summary>The navigation of every page in <paramref name="section"/>: the same for all of them, so made once.</summary>
    private IReadOnlyList<LinkView> Nav(string section) =>
        _nav.Select(n => new LinkView(n.Title, n.Url, n.Section == section)).ToList();

    private static string SectionOf(string sitePath) =>
        sitePath.IndexOf('/') is var slash and >= 0 ? sitePath[..slash] : sitePath;

    /// <summary>
    /// The text's words joined by single spaces, cut to a 200-character excerpt. Only the words the
    /// excerpt can show are joined: a paper's description is its whole abstract.
    /// </summary>
    private static string? Flatten(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // An excerpt of at most Max characters looks no further than Max + 1 characters in.
        const int Max = 200;
        var words = new StringBuilder(Max + 1);
        var rest = text.AsSpan();
        while (words.Length <= Max && rest[Count(rest, whiteSpace: true)..] is { IsEmpty: false } start)
        {
            var word = start[..Count(start, whiteSpace: false)];
            if (words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(word);
            rest = start[word.Length..];
        }

        return Excerpt.Of(words.ToString(), Max);
    }

    /// <summary>How many characters <paramref name="text"/> starts with that are (or are not) white space.</summary>
    private static int Count(ReadOnlySpan<char> text, bool whiteSpace)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]) == whiteSpace)
        {
            i++;
        }

        return i;
    }
}
