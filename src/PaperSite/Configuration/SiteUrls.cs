using PaperSite.Diagnostics;

namespace PaperSite.Configuration;

/// <summary>
/// The one place links are made. Pages link root-absolute with the base path (so <c>404.html</c>
/// works at any depth); feeds and sitemaps use absolute URLs.
/// </summary>
internal sealed class SiteUrls
{
    /// <summary>The file a folder's URL serves.</summary>
    public const string IndexFile = "index.html";

    /// <summary>The page hosts serve for a path the site does not have.</summary>
    public const string NotFoundPage = "404.html";

    /// <summary>An RSS feed's file: the site's at its root, each topic's in the topic's folder.</summary>
    public const string FeedFile = "feed.xml";

    /// <summary>The OPML list of every feed of the site.</summary>
    public const string FeedList = "feeds.opml";

    /// <summary>The sitemap for search engines.</summary>
    public const string Sitemap = "sitemap.xml";

    /// <summary>The crawlers' rules, which point at the sitemap.</summary>
    public const string Robots = "robots.txt";

    /// <summary>The empty file that stops GitHub Pages running Jekyll over the site.</summary>
    public const string NoJekyll = ".nojekyll";

    /// <summary>The folder of the paper pages.</summary>
    public const string Papers = "papers/";

    /// <summary>The folder of the digest pages.</summary>
    public const string Digests = "digests/";

    /// <summary>The page listing every topic.</summary>
    public const string Topics = "topics/";

    /// <summary>The page listing every digest.</summary>
    public const string Archive = "archive/";

    /// <summary>The search page; the search index lives beneath it.</summary>
    public const string Search = "search/";

    /// <summary>The search index's manifest, which the search page loads first.</summary>
    public const string SearchManifest = Search + "search.json";

    /// <summary>The folder of the search index's parts.</summary>
    public const string SearchIndexParts = Search + "index/";

    /// <summary>The folder of the search results' groups.</summary>
    public const string SearchResults = Search + "results/";

    /// <summary>The folder of the theme's assets.</summary>
    public const string Assets = "assets/";

    private readonly Uri _base;

    /// <summary>Creates the helper for a site published at <paramref name="baseUrl"/>.</summary>
    /// <exception cref="ArgumentException">The URL is not absolute http(s), has a query or fragment, or a user name or password.</exception>
    public SiteUrls(string baseUrl)
    {
        // Links are the base URL followed by a path: after a '?' or '#' that path would be no path.
        if (baseUrl.IndexOfAny(['?', '#']) >= 0)
        {
            throw new ArgumentException($"base URL '{baseUrl}' has a query or fragment ('?' or '#'); give the address of the site's folder, such as https://owner.github.io/repo/", nameof(baseUrl));
        }

        if (!Uri.TryCreate(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"base URL '{baseUrl}' is not an absolute http(s) URL such as https://owner.github.io/repo/", nameof(baseUrl));
        }

        // Every feed, the sitemap and robots.txt would publish them.
        if (uri.UserInfo.Length > 0)
        {
            throw new ArgumentException($"base URL '{baseUrl}' has a user name or password before its host; the site's links would publish them: give the address readers use", nameof(baseUrl));
        }

        _base = uri;
    }

    /// <summary>The helper for <paramref name="baseUrl"/>, as given in <paramref name="source"/> (<c>site.yml</c> or <c>--base-url</c>).</summary>
    /// <exception cref="PaperSiteException">The URL cannot be a site's address; the message names <paramref name="source"/>.</exception>
    public static SiteUrls For(string baseUrl, string source)
    {
        try
        {
            return new SiteUrls(baseUrl);
        }
        catch (ArgumentException e)
        {
            throw new PaperSiteException(source, null, e.Message.Split(" (Parameter")[0]);
        }
    }

    /// <summary>The absolute base URL, ending in <c>/</c>.</summary>
    public string BaseUrl => _base.AbsoluteUri;

    /// <summary>The path part of the base URL, <c>/</c> or e.g. <c>/repo/</c>.</summary>
    public string BasePath => _base.AbsolutePath;

    /// <summary>Root-absolute link to a site path such as <c>papers/x/</c>: <c>/repo/papers/x/</c>.</summary>
    public string Path(string sitePath) => BasePath + sitePath.TrimStart('/');

    /// <summary>Absolute URL of a site path: <c>https://owner.github.io/repo/papers/x/</c>.</summary>
    public string Absolute(string sitePath) => BaseUrl + sitePath.TrimStart('/');

    /// <summary>The site path (no base path, no leading slash) of a paper page.</summary>
    public static string Paper(string slug) => $"{Papers}{slug}/";

    /// <summary>The site path of a topic's front page, which shows its newest papers.</summary>
    public static string Topic(string slug) => $"{Topics}{slug}/";

    /// <summary>
    /// The site path of a topic's numbered page: page <paramref name="number"/> holds the topic's
    /// papers counted from its oldest (page 1 the oldest), so its URL keeps its papers as new ones arrive.
    /// </summary>
    public static string TopicPage(string slug, int number) => $"{Topic(slug)}page/{number}/";

    /// <summary>The site path of a topic's RSS feed.</summary>
    public static string TopicFeed(string slug) => Topic(slug) + FeedFile;

    /// <summary>The site path of a digest page.</summary>
    public static string Digest(string id) => $"{Digests}{id}/";

    /// <summary>The site path of a theme asset.</summary>
    public static string Asset(string name) => Assets + name;
}
