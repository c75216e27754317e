using System.Globalization;
using System.Xml;
using PaperSite.Configuration;
using PaperSite.Model;

namespace PaperSite.Feeds;

/// <summary>
/// Writes RSS 2.0 with an Atom self link: absolute URLs with the base path, the paper page as
/// guid, RFC 822 dates in GMT, XML-illegal characters removed; text escaped for XML, and the description
/// (which readers show as HTML) for HTML first.
/// </summary>
internal sealed class RssFeedWriter
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    private readonly SiteConfig _config;
    private readonly SiteUrls _urls;
    private readonly IReadOnlyDictionary<string, Topic> _topics;

    /// <summary>Creates a writer for the site at <paramref name="urls"/>.</summary>
    public RssFeedWriter(SiteConfig config, SiteUrls urls, IEnumerable<Topic> topics)
    {
        _config = config;
        _urls = urls;
        _topics = topics.ToDictionary(t => t.Slug, StringComparer.Ordinal);
    }

    /// <summary>The feed's bytes; <paramref name="papers"/> are its items, newest first.</summary>
    public byte[] Write(FeedDescriptor feed, IReadOnlyList<Paper> papers) => XmlText.Write(xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        xml.WriteStartElement("channel");
        XmlText.WritePlainElement(xml, "title", feed.Title);
        xml.WriteElementString("link", _urls.Absolute(feed.PageSitePath));
        XmlText.WritePlainElement(xml, "description", feed.Description);
        xml.WriteElementString("language", XmlText.Clean(_config.Language));
        xml.WriteElementString("generator", "PaperSite");
        if (papers.Select(p => p.Date).FirstOrDefault(d => d is not null) is { } newest)
        {
            xml.WriteElementString("lastBuildDate", Rfc822(newest));
        }

        xml.WriteStartElement("atom", "link", AtomNamespace);
        xml.WriteAttributeString("href", _urls.Absolute(feed.SitePath));
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        foreach (var paper in papers)
        {
            WriteItem(xml, paper);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    private void WriteItem(XmlWriter xml, Paper paper)
    {
        var url = _urls.Absolute(SiteUrls.Paper(paper.Slug));
        xml.WriteStartElement("item");
        XmlText.WritePlainElement(xml, "title", paper.Title);
        xml.WriteElementString("link", url);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true");
        xml.WriteString(url);
        xml.WriteEndElement();
        if (paper.Date is { } date)
        {
            xml.WriteElementString("pubDate", Rfc822(date));
        }

        foreach (var topic in paper.Topics)
        {
            XmlText.WritePlainElement(xml, "category", _topics[topic.TopicSlug].Name);
        }

        // Readers show an item's description as HTML: an abstract's "<img onerror=…>" must stay text.
        XmlText.WriteTextAsHtmlElement(xml, "description", paper.Abstract.Value);
        xml.WriteEndElement();
    }

    private static string Rfc822(DateOnly date) =>
        date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture);
}
