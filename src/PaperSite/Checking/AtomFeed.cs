using System.Xml.Linq;

namespace PaperSite.Checking;

/// <summary>The Atom (RFC 4287) rules, with the same URL rules as RSS.</summary>
internal static class AtomFeed
{
    private static readonly XNamespace A = ParsedXml.Atom;

    /// <summary>Checks an Atom <c>feed</c> root element.</summary>
    public static void Check(XElement feed, FeedReport report)
    {
        RequireHeader(feed, "<feed>", report);
        report.CheckSelfLink(feed, A + "link");
        var entries = feed.Elements(A + "entry").ToList();
        entries.ForEach(entry => CheckEntry(entry, report));
        report.CheckUnique(entries.Select(e => e.Element(A + "id")).OfType<XElement>(), "<id>");
    }

    private static void RequireHeader(XElement element, string what, FeedReport report)
    {
        report.RequireText(element, A + "id", what);
        report.RequireText(element, A + "title", what);
        report.RequireText(element, A + "updated", what);
    }

    private static void CheckEntry(XElement entry, FeedReport report)
    {
        RequireHeader(entry, "<entry>", report);
        foreach (var link in entry.Elements(A + "link").Where(l => (string?)l.Attribute("rel") is null or "alternate"))
        {
            report.CheckUrl((string?)link.Attribute("href") ?? "", link, "<entry> <link>");
        }

        // Ids may be tag: or urn: URIs, which are fine; an http(s) id is a URL and must stay on the site.
        if (entry.Element(A + "id") is { } id && id.Value.Trim().StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            report.CheckUrl(id.Value.Trim(), id, "<entry> <id>");
        }

        foreach (var content in new[] { entry.Element(A + "content"), entry.Element(A + "summary") }.OfType<XElement>())
        {
            CheckContent(content, report);
        }
    }

    private static void CheckContent(XElement content, FeedReport report)
    {
        var type = (string?)content.Attribute("type") ?? "text";
        var html = type switch
        {
            "html" => content.Value,
            "xhtml" => string.Concat(content.Nodes().Select(n => n.ToString())),
            _ => null,
        };
        if (html is not null)
        {
            report.CheckHtml(html, content, $"<entry> <{content.Name.LocalName}>");
        }
    }
}
