using PaperSite.Configuration;

namespace PaperSite.Feeds;

/// <summary>Writes <c>sitemap.xml</c> (sitemaps.org 0.9) for the site's pages.</summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

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
