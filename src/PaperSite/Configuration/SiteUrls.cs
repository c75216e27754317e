using PaperSite.Diagnostics;

namespace PaperSite.Configuration;

/// <summary>
/// The one place links are made. Pages link root-absolute with the base path (so <c>404.html</c>
/// works at any depth); feeds and sitemaps use absolute URLs.
/// </summary>
internal sealed class SiteUrls
{
    private readonly Uri _base;

    /// <summary>Creates the helper for a site published at <paramref name="baseUrl"/>.</summary>
    /// <exception cref="ArgumentException">The URL is not absolute http(s), or has a query or fragment.</exception>
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
    public static string Paper(string slug) => $"papers/{slug}/";

    /// <summary>The site path of a topic's front page, which shows its newest papers.</summary>
    public static string Topic(string slug) => $"topics/{slug}/";

    /// <summary>
    /// The site path of a topic's numbered page: page <paramref name="number"/> holds the topic's
    /// papers counted from its oldest (page 1 the oldest), so its URL keeps its papers as new ones arrive.
    /// </summary>
    public static string TopicPage(string slug, int number) => $"topics/{slug}/page/{number}/";

    /// <summary>The site path of a topic's RSS feed.</summary>
    public static string TopicFeed(string slug) => $"topics/{slug}/feed.xml";

    /// <summary>The site path of a digest page.</summary>
    public static string Digest(string id) => $"digests/{id}/";
}
