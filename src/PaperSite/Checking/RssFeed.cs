using System.Xml.Linq;

namespace PaperSite.Checking;

/// <summary>The RSS 2.0 rules (see the RSS Advisory Board profile and the W3C feed validator).</summary>
internal static class RssFeed
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>Checks an <c>rss</c> root element.</summary>
    public static void Check(XElement rss, FeedReport report)
    {
        if ((string?)rss.Attribute("version") != "2.0")
        {
            report.Add(ProblemKinds.FeedMalformed, "<rss> must have version=\"2.0\"", (string?)rss.Attribute("version") ?? "no version");
        }

        var channel = rss.Element("channel");
        if (channel is null)
        {
            report.Add(ProblemKinds.FeedMalformed, "<rss> has no <channel>");
            return;
        }

        report.RequireText(channel, "title", "<channel>");
        report.RequireText(channel, "link", "<channel>");
        report.RequireText(channel, "description", "<channel>");
        if (channel.Element("link") is { } link && link.Value.Trim().Length > 0)
        {
            report.CheckUrl(link.Value.Trim(), link, "<channel> <link>");
        }

        report.CheckSelfLink(channel, ParsedXml.Atom + "link");
        var items = channel.Elements("item").ToList();
        items.ForEach(item => CheckItem(item, report));
        report.CheckUnique(items.Select(i => i.Element("guid")).OfType<XElement>(), "<guid>");
    }

    private static void CheckItem(XElement item, FeedReport report)
    {
        if (item.Element("title") is null && item.Element("description") is null)
        {
            report.Add(ProblemKinds.FeedMissingField, $"<item> has neither <title> nor <description> ({ParsedXml.Line(item)})", "item");
        }

        if (item.Element("link") is { } link)
        {
            report.CheckUrl(link.Value.Trim(), link, "<item> <link>");
        }

        // A guid marked isPermaLink="false" is an opaque id; any other guid is read as a URL.
        if (item.Element("guid") is { } guid && (string?)guid.Attribute("isPermaLink") != "false")
        {
            report.CheckUrl(guid.Value.Trim(), guid, "<item> <guid>");
        }

        foreach (var html in new[] { item.Element("description"), item.Element(Content + "encoded") }.OfType<XElement>())
        {
            report.CheckHtml(html.Value, html, $"<item> <{html.Name.LocalName}>");
        }
    }
}
