using PaperSite.Diagnostics;

namespace PaperSite.Checking;

/// <summary>
/// Verifies a built site and lists every problem: links and assets, page heads, feeds, OPML,
/// sitemap and search index. Pages are read and parsed once, in parallel, and every page check
/// runs on the same parsed document.
/// </summary>
internal static class SiteChecker
{
    /// <summary>Checks the site in <paramref name="outputDir"/>, published at <paramref name="baseUrl"/>.</summary>
    /// <param name="outputDir">The built site's folder.</param>
    /// <param name="baseUrl">The absolute URL the site is published at, e.g. <c>https://owner.github.io/repo/</c>.</param>
    /// <param name="maxParallelism">How many pages to parse at once; by default one per core.</param>
    /// <param name="only">Check only these files (pages, feeds, search files) besides the site-wide files; null checks everything.</param>
    /// <exception cref="PaperSiteException">The folder does not exist or the base URL is not absolute http(s).</exception>
    public static CheckReport Check(string outputDir, string baseUrl, int? maxParallelism = null, IReadOnlySet<string>? only = null)
    {
        if (!Directory.Exists(outputDir))
        {
            throw new PaperSiteException(outputDir, null, "the output folder does not exist; build the site first");
        }

        var site = new CheckContext(outputDir, Address(baseUrl), only);
        var problems = new ProblemList();

        // The site-wide checks (mostly reading the search shards) run beside the pages rather
        // than after them; problems are sorted at the end, so the order they arrive in is free.
        var siteChecks = Task.Run(() => CheckSite(site, problems));
        var pages = CheckPages(site, problems, maxParallelism ?? Environment.ProcessorCount);
        siteChecks.GetAwaiter().GetResult();

        return new CheckReport(problems.Sorted(), pages, site.Feeds.Count(f => site.InScope(f.File)));
    }

    /// <summary>The checks run on every page; each instance lives for one run, so its caches do too.</summary>
    private static IPageCheck[] PageChecks() => [new LinkCheck(), new PageHeadCheck()];

    /// <summary>The checks run once on the whole output.</summary>
    private static ISiteCheck[] SiteChecks() =>
        [new RootFilesCheck(), new FeedCheck(), new OpmlCheck(), new SitemapCheck(), new SearchIndexCheck()];

    private static SiteAddress Address(string baseUrl)
    {
        try
        {
            return new SiteAddress(baseUrl);
        }
        catch (ArgumentException e)
        {
            throw new PaperSiteException("base URL", null, e.Message.Split(" (Parameter")[0], e);
        }
    }

    private static void CheckSite(CheckContext site, ProblemList problems)
    {
        foreach (var check in SiteChecks())
        {
            check.Check(site, problems);
        }
    }

    private static int CheckPages(CheckContext site, ProblemList problems, int maxParallelism)
    {
        var checks = PageChecks();
        var pages = site.Pages.ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism) };
        Parallel.ForEach(pages, options, file =>
        {
            var page = Read(site, file);
            foreach (var check in checks)
            {
                check.Check(page, site, problems);
            }
        });
        return pages.Count;
    }

    /// <summary>Parses a page and walks it once; the document goes before the thread's text buffer is reused.</summary>
    private static HtmlPage Read(CheckContext site, string file)
    {
        using var document = PageParser.Parse(PageText.Read(site.PathOf(file)));
        return new HtmlPage(file, document);
    }
}
