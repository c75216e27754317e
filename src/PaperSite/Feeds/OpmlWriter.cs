using PaperSite.Configuration;

namespace PaperSite.Feeds;

/// <summary>Writes <c>feeds.opml</c>, so a reader can subscribe to every feed of the site at once.</summary>
internal static class OpmlWriter
{
    /// <summary>The OPML 2.0 document listing <paramref name="feeds"/>.</summary>
    public static byte[] Write(string siteTitle, SiteUrls urls, IEnumerable<FeedDescriptor> feeds) => XmlText.Write(xml =>
    {
        xml.WriteStartElement("opml");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteStartElement("head");
        xml.WriteElementString("title", XmlText.Clean($"{siteTitle}: all feeds"));
        xml.WriteEndElement();
        xml.WriteStartElement("body");
        foreach (var feed in feeds)
        {
            xml.WriteStartElement("outline");
            xml.WriteAttributeString("type", "rss");
            xml.WriteAttributeString("text", XmlText.Clean(feed.Title));
            xml.WriteAttributeString("title", XmlText.Clean(feed.Title));
            xml.WriteAttributeString("xmlUrl", urls.Absolute(feed.SitePath));
            xml.WriteAttributeString("htmlUrl", urls.Absolute(feed.PageSitePath));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    });
}
