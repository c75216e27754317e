using System.Xml.Linq;

namespace PaperSite.Checking;

/// <summary>
/// Checks every RSS 2.0 and Atom feed in the output: well-formed, the elements readers need, a
/// self link that is the feed's own URL, and every URL absolute and under the base URL.
/// </summary>
internal sealed class FeedCheck : ISiteCheck
{
    /// <summary>Feed URLs report under the <c>feed-*</c> kinds.</summary>
    public static readonly AbsoluteUrlRule UrlRule = new(ProblemKinds.FeedRelativeUrl, ProblemKinds.FeedForeignUrl, ProblemKinds.FeedBrokenLink);

    /// <inheritdoc/>
    public void Check(CheckContext site, ProblemList problems)
    {
        foreach (var feed in site.Feeds.Where(f => site.InScope(f.File)))
        {
            var report = new FeedReport(feed, site, problems);
            if (feed.Document is null)
            {
                report.Add(ProblemKinds.FeedMalformed, $"is not well-formed XML: {feed.Error}");
            }
            else if (feed.IsRss)
            {
                RssFeed.Check(feed.Document.Root!, report);
            }
            else
            {
                AtomFeed.Check(feed.Document.Root!, report);
            }
        }
    }
}

/// <summary>The problems of one feed, with the helpers RSS and Atom share.</summary>
/// <param name="Feed">The feed.</param>
/// <param name="Site">Its site.</param>
/// <param name="Problems">Where problems go.</param>
internal sealed record FeedReport(ParsedXml Feed, CheckContext Site, ProblemList Problems)
{
    /// <summary>Records a problem in this feed.</summary>
    public void Add(string kind, string detail, string? where = null) => Problems.Add(Feed.File, kind, detail, where);

    /// <summary>Checks that a required child element is present and not blank.</summary>
    public void RequireText(XElement parent, XName name, string what)
    {
        if (string.IsNullOrWhiteSpace(parent.Element(name)?.Value))
        {
            Add(ProblemKinds.FeedMissingField, $"{what} has no <{name.LocalName}> ({ParsedXml.Line(parent)})", name.LocalName);
        }
    }

    /// <summary>Checks the self link: present, and exactly the feed's own absolute URL.</summary>
    public void CheckSelfLink(XElement parent, XName linkName)
    {
        var self = parent.Elements(linkName).FirstOrDefault(l => (string?)l.Attribute("rel") == "self");
        var expected = Site.Address.Absolute(Feed.File);
        if (self is null)
        {
            Add(ProblemKinds.FeedNoSelfLink, $"has no <atom:link rel=\"self\" href=\"{expected}\">");
        }
        else if ((string?)self.Attribute("href") != expected)
        {
            Add(ProblemKinds.FeedWrongSelfLink, $"self link should be {expected} ({ParsedXml.Line(self)})", (string?)self.Attribute("href") ?? "");
        }
    }

    /// <summary>Checks a URL that must be absolute and under the base URL (item links, guids, ids).</summary>
    public void CheckUrl(string url, XObject where, string what) => Report(FeedCheck.UrlRule.Judge(url, Site), where, what, url);

    /// <summary>Checks every <c>href</c>/<c>src</c> in HTML content; links to other sites are fine there.</summary>
    public void CheckHtml(string html, XObject where, string what)
    {
        if (!html.Contains("href", StringComparison.OrdinalIgnoreCase) && !html.Contains("src", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var link in UrlAttribute.AnyIn(PageParser.Parse(html)))
        {
            var problem = FeedCheck.UrlRule.Judge(link.Url, Site, otherHostsAllowed: true);
            Report(problem, where, $"{what} {link.What}", link.Url);
        }
    }

    /// <summary>Reports each repeated guid or id once per repeat.</summary>
    public void CheckUnique(IEnumerable<XElement> ids, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids.Where(id => !seen.Add(id.Value.Trim())))
        {
            Add(ProblemKinds.FeedDuplicateGuid, $"{what} repeats an earlier one ({ParsedXml.Line(id)})", id.Value.Trim());
        }
    }

    private void Report((string Kind, string Detail)? problem, XObject where, string what, string url)
    {
        if (problem is { } p)
        {
            Add(p.Kind, $"{what} {p.Detail} ({ParsedXml.Line(where)})", url);
        }
    }
}
