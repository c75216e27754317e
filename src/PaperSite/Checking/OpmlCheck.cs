using System.Xml.Linq;
using PaperSite.Configuration;

namespace PaperSite.Checking;

/// <summary>
/// Checks <c>feeds.opml</c>, the list readers import to follow every feed at once: it must list
/// every feed in the output, and everything it lists must be one of them.
/// </summary>
internal sealed class OpmlCheck : ISiteCheck
{
    /// <summary>The file's site path.</summary>
    public const string File = SiteUrls.FeedList;

    /// <inheritdoc/>
    public void Check(CheckContext site, ProblemList problems)
    {
        // A missing file is the root-files check's to report.
        if (!site.Files.Contains(File))
        {
            return;
        }

        var opml = ParsedXml.Load(site.OutputDir, File);
        var body = Body(opml, problems);
        if (body is null)
        {
            return;
        }

        var feeds = site.Feeds.Select(f => f.File).ToHashSet(StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outline in body.Descendants("outline").Where(o => o.Attribute("xmlUrl") is not null))
        {
            var url = (string)outline.Attribute("xmlUrl")!;
            var file = FeedFile(url, site, feeds);
            if (file is null)
            {
                problems.Add(File, ProblemKinds.OpmlBrokenFeed, $"xmlUrl is not a feed of this site under {site.Address.BaseUrl} ({ParsedXml.Line(outline)})", url);
            }
            else
            {
                listed.Add(file);
            }
        }

        foreach (var feed in feeds.Where(f => !listed.Contains(f)))
        {
            problems.Add(File, ProblemKinds.OpmlMissingFeed, $"does not list the feed {feed}", site.Address.Absolute(feed));
        }
    }

    /// <summary>The <c>body</c> of a well-formed OPML 2.0 document, or null after reporting why there is none.</summary>
    private static XElement? Body(ParsedXml opml, ProblemList problems)
    {
        if (opml.Document is null)
        {
            problems.Add(File, ProblemKinds.OpmlMalformed, $"is not well-formed XML: {opml.Error}");
            return null;
        }

        var root = opml.Document.Root!;
        var body = root.Element("body");
        if (root.Name != "opml" || (string?)root.Attribute("version") != "2.0" || root.Element("head") is null || body is null)
        {
            problems.Add(File, ProblemKinds.OpmlMalformed, "is not OPML 2.0: expected <opml version=\"2.0\"> with <head> and <body>", root.Name.LocalName);
            return null;
        }

        return body;
    }

    /// <summary>The feed file an absolute <paramref name="url"/> under the base URL names, or null.</summary>
    private static string? FeedFile(string url, CheckContext site, HashSet<string> feeds)
    {
        var target = site.Address.Classify(url, pageDir: null);
        if (target is not { Form: UrlForm.Absolute, Place: UrlPlace.InsideBase })
        {
            return null;
        }

        var file = site.Files.Resolve(target.SitePath!);
        return file is not null && feeds.Contains(file) ? file : null;
    }
}
