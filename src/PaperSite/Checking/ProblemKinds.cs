namespace PaperSite.Checking;

/// <summary>
/// The stable codes in <see cref="CheckProblem.Kind"/>. Scripts and tests match on them, so a code
/// is never renamed; a new kind of problem gets a new code.
/// </summary>
internal static class ProblemKinds
{
    /// <summary>A file every site has at its root (<c>index.html</c>, <c>404.html</c>, <c>feed.xml</c>, <c>feeds.opml</c>, <c>sitemap.xml</c>, <c>robots.txt</c>, <c>.nojekyll</c>) is missing.</summary>
    public const string MissingFile = "missing-file";

    /// <summary>A link, asset or form action names a file that is not in the output.</summary>
    public const string BrokenLink = "broken-link";

    /// <summary>A URL on the site's own host points outside the base path (<c>/papers/x/</c> instead of <c>/repo/papers/x/</c>).</summary>
    public const string EscapesBasePath = "escapes-base-path";

    /// <summary>A <c>javascript:</c> URL; the site has no need of them and they break without scripts.</summary>
    public const string JavascriptUrl = "javascript-url";

    /// <summary>A relative link in <c>404.html</c>, which GitHub Pages serves at any depth.</summary>
    public const string RelativeIn404 = "relative-in-404";

    /// <summary>A canonical link or <c>og:url</c> that is not an absolute URL.</summary>
    public const string CanonicalNotAbsolute = "canonical-not-absolute";

    /// <summary>A page without exactly one <c>&lt;h1&gt;</c>.</summary>
    public const string H1Count = "h1-count";

    /// <summary>A page without a non-empty <c>&lt;title&gt;</c>.</summary>
    public const string MissingTitle = "missing-title";

    /// <summary>A page without a non-empty <c>&lt;meta name="description"&gt;</c>.</summary>
    public const string MissingDescription = "missing-description";

    /// <summary>An XML file that is not well-formed and does not look like a feed or sitemap.</summary>
    public const string XmlMalformed = "xml-malformed";

    /// <summary>A feed that is not well-formed XML or not RSS 2.0 / Atom in shape.</summary>
    public const string FeedMalformed = "feed-malformed";

    /// <summary>A feed or item without an element the format requires (channel title, link, description, …).</summary>
    public const string FeedMissingField = "feed-missing-field";

    /// <summary>A feed without an <c>atom:link rel="self"</c>.</summary>
    public const string FeedNoSelfLink = "feed-no-self-link";

    /// <summary>A feed whose self link is not its own absolute URL.</summary>
    public const string FeedWrongSelfLink = "feed-wrong-self-link";

    /// <summary>A relative URL in a feed, where every URL must be absolute.</summary>
    public const string FeedRelativeUrl = "feed-relative-url";

    /// <summary>An item link or guid on another host.</summary>
    public const string FeedForeignUrl = "feed-foreign-url";

    /// <summary>A feed URL under the base URL that names no file in the output.</summary>
    public const string FeedBrokenLink = "feed-broken-link";

    /// <summary>Two items in one feed with the same guid (or Atom entries with the same id).</summary>
    public const string FeedDuplicateGuid = "feed-duplicate-guid";

    /// <summary><c>feeds.opml</c> is not well-formed OPML 2.0.</summary>
    public const string OpmlMalformed = "opml-malformed";

    /// <summary>A feed in the output that <c>feeds.opml</c> does not list.</summary>
    public const string OpmlMissingFeed = "opml-missing-feed";

    /// <summary>An <c>xmlUrl</c> in <c>feeds.opml</c> that is not a feed of this site.</summary>
    public const string OpmlBrokenFeed = "opml-broken-feed";

    /// <summary><c>sitemap.xml</c> is not a well-formed sitemap.</summary>
    public const string SitemapMalformed = "sitemap-malformed";

    /// <summary>A relative <c>&lt;loc&gt;</c>.</summary>
    public const string SitemapRelativeUrl = "sitemap-relative-url";

    /// <summary>A <c>&lt;loc&gt;</c> on another host.</summary>
    public const string SitemapForeignUrl = "sitemap-foreign-url";

    /// <summary>A <c>&lt;loc&gt;</c> under the base URL that names no page.</summary>
    public const string SitemapBrokenUrl = "sitemap-broken-url";

    /// <summary>The same <c>&lt;loc&gt;</c> twice.</summary>
    public const string SitemapDuplicateUrl = "sitemap-duplicate-url";

    /// <summary>A search index or shard list that is not the JSON lunr.js 2.3.9 serialises.</summary>
    public const string SearchMalformed = "search-malformed";

    /// <summary>A search index serialised by another lunr.js version than 2.3.9.</summary>
    public const string SearchVersion = "search-version";

    /// <summary>Inverted-index terms not in strictly ascending ordinal order; lunr's <c>Index.load</c> throws on them.</summary>
    public const string SearchUnsorted = "search-unsorted";

    /// <summary>A document ref in the index with no result data in <c>search/results/</c>.</summary>
    public const string SearchUnknownRef = "search-unknown-ref";

    /// <summary>A result of <c>search/results/</c> without the fields the search page shows.</summary>
    public const string SearchDocumentMalformed = "search-document-malformed";

    /// <summary>A search document whose <c>url</c> names no page.</summary>
    public const string SearchBrokenUrl = "search-broken-url";

    /// <summary>A file the search manifests list (a part of the index, its vocabulary) that is not in the output.</summary>
    public const string SearchMissingPart = "search-missing-part";

    /// <summary>A term in a part of the index other than the one its prefix names: the search page would not find it.</summary>
    public const string SearchMisplacedTerm = "search-misplaced-term";

    /// <summary>A results group holding a ref that belongs in another group: the search page would not find its result.</summary>
    public const string SearchMisplacedResult = "search-misplaced-result";
}
