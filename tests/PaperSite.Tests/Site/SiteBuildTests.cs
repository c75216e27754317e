using System.Security.Cryptography;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Site;

/// <summary>Builds the seeds under a base path and checks what a visitor and a feed reader get.</summary>
public sealed class SiteBuildTests : IClassFixture<SiteBuildTests.Fixture>
{
    private readonly SeedSite _site;

    public SiteBuildTests(Fixture fixture) => _site = fixture.Site;

    public sealed class Fixture : IDisposable
    {
        public SeedSite Site { get; } = new();

        public void Dispose() => Site.Dispose();
    }

    [Fact]
    public void Counts_match_the_seeds()
    {
        var report = _site.Report;
        Assert.Equal((4, 292, 264), (report.Dumps, report.Entries, report.Papers));
        Assert.Empty(report.Warnings);
        var stages = report.Timings.Select(t => t.Stage).ToList();
        Assert.Equal(["read", "parse", "merge"], stages[..3]);
        // Related papers are found beside topics and then planning; rendering waits for them.
        Assert.Equal(["plan", "related", "topics"], stages[3..6].Order(StringComparer.Ordinal));
        Assert.True(stages.IndexOf("topics") < stages.IndexOf("plan"));
        Assert.Equal(["render", "write", "check"], stages[6..]);
        Assert.True(report.Elapsed >= report.Timings.Max(t => t.Elapsed));
        Assert.True(report.Check!.IsClean, string.Join("\n", report.Check.Problems));
    }

    [Fact]
    public void Every_paper_has_a_page_with_one_h1()
    {
        var papers = Directory.GetDirectories(Path.Combine(_site.Output, "papers"));
        Assert.Equal(264, papers.Length);
        var parser = new HtmlParser();
        foreach (var dir in papers)
        {
            var doc = parser.ParseDocument(File.ReadAllText(Path.Combine(dir, "index.html")));
            Assert.Single(doc.QuerySelectorAll("h1"));
            Assert.StartsWith(SeedSite.BaseUrl + "papers/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void Every_paper_page_links_five_related_papers_other_than_itself()
    {
        var parser = new HtmlParser();
        foreach (var dir in Directory.GetDirectories(Path.Combine(_site.Output, "papers")))
        {
            var doc = parser.ParseDocument(File.ReadAllText(Path.Combine(dir, "index.html")));
            var related = doc.QuerySelectorAll(".related-list a").Select(a => a.GetAttribute("href")!).ToList();
            var self = "/digest/papers/" + Path.GetFileName(dir) + "/";
            Assert.Equal(5, related.Distinct().Count());
            Assert.All(related, url => Assert.StartsWith("/digest/papers/", url));
            Assert.DoesNotContain(self, related);
        }
    }

    [Fact]
    public void At_most_ten_percent_of_papers_are_in_other()
    {
        var other = Directory.Exists(Path.Combine(_site.Output, "topics", "other"))
            ? XDocument.Parse(_site.Read("topics/other/feed.xml")).Descendants("item").Count()
            : 0;
        Assert.True(other <= 26, $"{other} papers in Other");
    }

    [Fact]
    public void Site_files_exist_at_the_documented_urls()
    {
        string[] expected =
        [
            "index.html", "404.html", "feed.xml", "feeds.opml", "sitemap.xml", "robots.txt", ".nojekyll",
            "archive/index.html", "search/index.html", "about/index.html", "topics/index.html",
            "topics/reinforcement-learning/index.html", "topics/reinforcement-learning/feed.xml",
            "digests/2024-03-11/index.html", "digests/2024-03-13/index.html", "digests/000-10d969f1bbf846d3/index.html",
            "papers/matryoshka-representation-learning/index.html",
        ];
        Assert.All(expected, path => Assert.True(File.Exists(Path.Combine(_site.Output, path)), path));
    }

    [Fact]
    public void Links_carry_the_base_path()
    {
        var doc = new HtmlParser().ParseDocument(_site.Read("404.html"));
        var hrefs = doc.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs.Where(h => h.StartsWith('/')), h => Assert.StartsWith("/digest/", h));
    }

    [Fact]
    public void Topic_pages_count_from_the_oldest_paper_50_a_page()
    {
        // 193 papers: pages 1 and 2 hold the oldest 100, the front page the newest 93.
        var doc = new HtmlParser().ParseDocument(_site.Read("topics/representation-learning/index.html"));
        Assert.Equal(93, doc.QuerySelectorAll(".paper-list > li").Length);
        Assert.NotNull(doc.QuerySelector("a[rel=next][href='/digest/topics/representation-learning/page/2/']"));
        var page1 = new HtmlParser().ParseDocument(_site.Read("topics/representation-learning/page/1/index.html"));
        Assert.Equal(50, page1.QuerySelectorAll(".paper-list > li").Length);
        Assert.Equal("Representation Learning: papers 1\u201350", page1.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page1.QuerySelector("a[rel=prev][href='/digest/topics/representation-learning/page/2/']"));
        Assert.Null(page1.QuerySelector("a[rel=next]"));
        Assert.True(File.Exists(Path.Combine(_site.Output, "topics/representation-learning/page/2/index.html")));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "topics/representation-learning/page/3")));
    }

    [Fact]
    public void A_digest_page_says_how_many_papers_it_lists()
    {
        var doc = new HtmlParser().ParseDocument(_site.Read("digests/2024-03-11/index.html"));
        var listed = doc.QuerySelectorAll(".paper-list > li").Length;
        Assert.Contains($"{listed} papers, in listing order", doc.QuerySelector("h1 + p.meta")!.TextContent);
    }

    [Fact]
    public void Feeds_are_rss_with_absolute_urls_and_unique_guids()
    {
        foreach (var feed in Directory.EnumerateFiles(_site.Output, "feed.xml", SearchOption.AllDirectories))
        {
            var xml = XDocument.Load(feed);
            var channel = xml.Root!.Element("channel")!;
            XNamespace atom = "http://www.w3.org/2005/Atom";
            var self = channel.Element(atom + "link")!;
            Assert.Equal("self", self.Attribute("rel")!.Value);
            Assert.Equal(SeedSite.BaseUrl + Path.GetRelativePath(_site.Output, feed).Replace('\\', '/'), self.Attribute("href")!.Value);
            var items = channel.Elements("item").ToList();
            Assert.InRange(items.Count, 1, 50);
            Assert.All(items, i => Assert.StartsWith(SeedSite.BaseUrl + "papers/", i.Element("link")!.Value));
            Assert.Equal(items.Count, items.Select(i => i.Element("guid")!.Value).Distinct().Count());
        }
    }

    [Fact]
    public void Opml_lists_every_feed()
    {
        var feeds = Directory.EnumerateFiles(_site.Output, "feed.xml", SearchOption.AllDirectories)
            .Select(f => SeedSite.BaseUrl + Path.GetRelativePath(_site.Output, f).Replace('\\', '/'))
            .Order().ToList();
        var listed = XDocument.Parse(_site.Read("feeds.opml")).Descendants("outline").Select(o => o.Attribute("xmlUrl")!.Value).Order().ToList();
        Assert.Equal(feeds, listed);
    }

    [Fact]
    public void Builds_are_byte_identical()
    {
        using var again = new SeedSite();
        Assert.Equal(Hashes(_site.Output), Hashes(again.Output));
    }

    [Fact]
    public void A_second_build_rewrites_nothing()
    {
        var report = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, _site.Output, SeedSite.BaseUrl));
        Assert.Equal((0, 0), (report.Sync.Written, report.Sync.Deleted));
    }

    private static SortedDictionary<string, string> Hashes(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
