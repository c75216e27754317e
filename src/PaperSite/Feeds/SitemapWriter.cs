using PaperSite.Caching;
using PaperSite.Configuration;

namespace PaperSite.Feeds;

/// <summary>Writes <c>sitemap.xml</c> (sitemaps.org 0.9) for the site's pages.</summary>
internal static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// The fingerprint of everything the sitemap's bytes follow from: this code, the site's address
    /// and its paths. A daily build adds pages, but most builds of a large site keep the sitemap, and
    /// writing every address as XML costs more than hashing them.
    /// </summary>
    public static string Key(SiteUrls urls, IEnumerable<string> sitePaths)
    {
        var key = new FingerprintBuilder().Append(CodeVersion.Id).Append(urls.BaseUrl);
        foreach (var path in sitePaths)
        {
            key.Append(path);
        }

        return key.ToString();
    }

    /// <summary>The sitemap listing <paramref name="sitePaths"/> (pretty URLs such as <c>papers/x/</c>).</summary>
    public static byte[] Write(SiteUrls urls, IEnumerable<string> sitePaths) => XmlText.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var path in sitePaths)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, urls.Absolute(path));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });
}
