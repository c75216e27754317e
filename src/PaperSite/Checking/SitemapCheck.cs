using System.Xml.Linq;
using PaperSite.Configuration;

namespace PaperSite.Checking;

/// <summary>
/// Checks <c>sitemap.xml</c>: a well-formed sitemap whose every <c>&lt;loc&gt;</c> is an absolute
/// URL under the base URL naming a page (or, in a sitemap index, a sitemap).
/// </summary>
internal sealed class SitemapCheck : ISiteCheck
{
    /// <summary>The file's site path.</summary>
    public const string File = SiteUrls.Sitemap;

    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly AbsoluteUrlRule UrlRule =
        new(ProblemKinds.SitemapRelativeUrl, ProblemKinds.SitemapForeignUrl, ProblemKinds.SitemapBrokenUrl);

    /// <inheritdoc/>
    public void Check(CheckContext site, ProblemList problems)
    {
        // A missing file is the root-files check's to report.
        var sitemap = site.Xml.FirstOrDefault(x => x.File == File);
        if (sitemap is null)
        {
            return;
        }

        if (sitemap.Document is null)
        {
            problems.Add(File, ProblemKinds.SitemapMalformed, $"is not well-formed XML: {sitemap.Error}");
            return;
        }

        var root = sitemap.Document.Root!;
        var (entryName, extension) = root.Name == Sm + "urlset" ? (Sm + "url", ".html")
            : root.Name == Sm + "sitemapindex" ? (Sm + "sitemap", ".xml")
            : (null, null);
        if (entryName is null)
        {
            problems.Add(File, ProblemKinds.SitemapMalformed, $"root must be <urlset> or <sitemapindex> in {Sm.NamespaceName}", root.Name.ToString());
            return;
        }

        CheckEntries(root.Elements(entryName), file => file.EndsWith(extension!, StringComparison.Ordinal), site, problems);
    }

    private static void CheckEntries(IEnumerable<XElement> entries, Func<string, bool> acceptable, CheckContext site, ProblemList problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var loc = entry.Element(Sm + "loc");
            if (loc is null)
            {
                problems.Add(File, ProblemKinds.SitemapMalformed, $"<{entry.Name.LocalName}> has no <loc> ({ParsedXml.Line(entry)})", entry.Name.LocalName);
                continue;
            }

            var url = loc.Value.Trim();
            if (!seen.Add(url))
            {
                problems.Add(File, ProblemKinds.SitemapDuplicateUrl, $"<loc> repeats an earlier one ({ParsedXml.Line(loc)})", url);
            }
            else if (UrlRule.Judge(url, site, acceptable: acceptable) is { } problem)
            {
                problems.Add(File, problem.Kind, $"<loc> {problem.Detail} ({ParsedXml.Line(loc)})", url);
            }
        }
    }
}
