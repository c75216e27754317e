using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PaperSite.Caching;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Site;

/// <summary>
/// Topic pages as permalinks: with 10 papers a page, numbered pages count from a topic's oldest paper
/// and keep their bytes as new days arrive; the front page shows the newest papers.
/// </summary>
public sealed partial class TopicPaginationTests : IClassFixture<TopicPaginationTests.Fixture>
{
    private const int PerPage = 10;
    private const string BaseUrl = "https://example.org/digest/";
    private const string BasePath = "/digest/";

    private readonly Fixture _site;

    public TopicPaginationTests(Fixture fixture) => _site = fixture;

    /// <summary>The seeds built with <see cref="PerPage"/> papers a page.</summary>
    public sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            Input = SmallPages();
            Report = SiteBuilder.Build(Options(Input));
        }

        public InputCopy Input { get; }

        internal BuildReport Report { get; }

        public string Output => Input.Output;

        public void Dispose() => Input.Dispose();
    }

    [Fact]
    public void The_site_with_numbered_pages_checks_clean()
    {
        Assert.True(_site.Report.Check!.IsClean, string.Join("\n", _site.Report.Check.Problems));
        // The seeds give some topics several numbered pages and others none.
        var numbered = Topics(_site.Output).Select(t => NumberedPageCount(_site.Output, t)).ToList();
        Assert.Contains(numbered, n => n >= 3);
        Assert.Contains(numbered, n => n == 0);
    }

    [Fact]
    public void Every_paper_of_a_topic_is_on_exactly_one_of_its_pages()
    {
        var members = TopicMembers(_site.Output);
        Assert.Contains(members.Values.SelectMany(p => p).GroupBy(p => p), g => g.Count() > 1); // papers in several topics
        foreach (var topic in Topics(_site.Output))
        {
            var onPages = PagesOf(_site.Output, topic).SelectMany(p => Papers(p.Doc)).ToList();
            Assert.Equal(members.GetValueOrDefault(topic, []).Order(StringComparer.Ordinal), onPages.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Numbered_pages_hold_exactly_a_page_of_papers_and_the_front_page_the_newest()
    {
        foreach (var topic in Topics(_site.Output))
        {
            var pages = PagesOf(_site.Output, topic);
            var front = Papers(pages[0].Doc);
            var total = pages.Sum(p => Papers(p.Doc).Count);
            if (pages.Count == 1)
            {
                Assert.InRange(front.Count, 0, (2 * PerPage) - 1);
                continue;
            }

            Assert.InRange(front.Count, PerPage, (2 * PerPage) - 1);
            Assert.Equal(total, front.Count + ((pages.Count - 1) * PerPage));
            // Newest first on every page, and every page newer than the one before it.
            var dates = pages.Select(p => Dates(p.Doc)).ToList();
            Assert.All(dates, d => Assert.Equal(d.OrderDescending(StringComparer.Ordinal), d));
            for (var i = 1; i + 1 < pages.Count; i++)
            {
                Assert.Equal(PerPage, Papers(pages[i].Doc).Count);
                Assert.True(string.CompareOrdinal(dates[i].LastOrDefault(), dates[i + 1].FirstOrDefault()) >= 0, $"{topic} page {pages.Count - i} is older than page {pages.Count - i - 1}");
            }

            Assert.True(string.CompareOrdinal(dates[0].LastOrDefault(), dates[1].FirstOrDefault()) >= 0, $"{topic}: the front page is older than its newest numbered page");
        }
    }

    [Fact]
    public void Numbered_pages_link_only_to_their_neighbours_and_name_their_papers()
    {
        foreach (var topic in Topics(_site.Output))
        {
            var count = NumberedPageCount(_site.Output, topic);
            var front = Page(_site.Output, $"topics/{topic}/");
            var name = front.QuerySelector("h1")!.TextContent;
            if (count == 0)
            {
                Assert.Null(front.QuerySelector("nav.pagination"));
                continue;
            }

            Assert.Null(front.QuerySelector("a[rel=prev]"));
            Assert.Equal(Url(topic, count), front.QuerySelector("a[rel=next]")!.GetAttribute("href"));
            Assert.Equal(Enumerable.Range(1, count).Reverse().Select(n => Url(topic, n)), front.QuerySelectorAll("nav.pagination li a").Select(a => a.GetAttribute("href")));
            for (var n = 1; n <= count; n++)
            {
                var page = Page(_site.Output, $"topics/{topic}/page/{n}/");
                var newer = n < count ? Url(topic, n + 1) : $"{BasePath}topics/{topic}/";
                Assert.Equal(newer, page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
                Assert.Equal(n > 1 ? Url(topic, n - 1) : null, page.QuerySelector("a[rel=next]")?.GetAttribute("href"));
                Assert.Empty(page.QuerySelectorAll("nav.pagination li"));
                Assert.Equal($"{name}: papers {((n - 1) * PerPage) + 1}\u2013{n * PerPage}", page.QuerySelector("h1")!.TextContent);
                Assert.DoesNotMatch(PageOfPages(), page.Body!.TextContent);
            }
        }
    }

    [Fact]
    public void A_new_day_leaves_numbered_pages_as_they_were_until_a_page_fills()
    {
        using var input = SmallPages();
        var options = Options(input);
        SiteBuilder.Build(options);
        var before = NumberedPages(input.Output);
        var rl = NumberedPageCount(input.Output, "reinforcement-learning");
        var rlPapers = Papers(Page(input.Output, "topics/reinforcement-learning/")).Count;
        var fill = PerPage - (rlPapers - PerPage);
        Assert.True(rl >= 1 && fill >= 2, $"the seeds' RL topic has {rl} numbered pages and {rlPapers} papers on its front page");

        // One new paper: front pages change, no numbered page does.
        input.Write("input/dumps/2024-03-20.txt", Dump("Mar 20", 1, 1));
        var one = SiteBuilder.Build(options);
        Assert.True(one.Check!.IsClean, string.Join("\n", one.Check.Problems));
        Assert.Equal(before, NumberedPages(input.Output));
        var front = Papers(Page(input.Output, "topics/reinforcement-learning/"));
        Assert.Equal("zebrafish-reinforcement-learning-with-diffusion-policies-1", front[0]);
        Assert.Equal("zebrafish-reinforcement-learning-with-diffusion-policies-1", Papers(Page(input.Output, "topics/diffusion-models/"))[0]);

        // Enough to fill a page: it appears, holding the oldest papers of the front page before;
        // the page before it only changes its "Newer" link; every other page keeps its bytes.
        input.Write("input/dumps/2024-03-21.txt", Dump("Mar 21", 2, fill - 1));
        var filled = SiteBuilder.Build(options);
        Assert.True(filled.Check!.IsClean, string.Join("\n", filled.Check.Problems));
        var after = NumberedPages(input.Output);
        var added = $"topics/reinforcement-learning/page/{rl + 1}/index.html";
        var previous = $"topics/reinforcement-learning/page/{rl}/index.html";
        Assert.Equal(before.Keys.Append(added).Order(StringComparer.Ordinal), after.Keys);
        Assert.All(before.Keys.Where(k => k != previous), k => Assert.Equal(before[k], after[k]));
        Assert.Equal(
            File.ReadAllText(Path.Combine(input.Output, previous)),
            before[previous].Text.Replace($"rel=\"prev\" href=\"{BasePath}topics/reinforcement-learning/\"", $"rel=\"prev\" href=\"{Url("reinforcement-learning", rl + 1)}\"", StringComparison.Ordinal));
        var newPage = Papers(Page(input.Output, added[..^"index.html".Length]));
        var newFront = Papers(Page(input.Output, "topics/reinforcement-learning/"));
        Assert.Equal(PerPage, newPage.Count);
        Assert.Equal(PerPage, newFront.Count);
        Assert.Subset(front.ToHashSet(), newPage.ToHashSet());
        Assert.Equal(front.Concat(newFront).Except(newPage).Order(StringComparer.Ordinal), newFront.Order(StringComparer.Ordinal));

        // Papers gone from the dumps: their pages go too, and the site is the one a fresh build makes.
        File.Delete(Path.Combine(input.Input, "dumps", "2024-03-21.txt"));
        var removed = SiteBuilder.Build(options);
        Assert.False(File.Exists(Path.Combine(input.Output, added)));
        Assert.InRange(removed.Sync.Deleted, 1, int.MaxValue);
        Assert.Equal(before.Keys, NumberedPages(input.Output).Keys);
        SiteBuilder.Build(options with { OutputDir = Path.Combine(input.Root, "fresh"), Check = false });
        Assert.Equal(NumberedPages(Path.Combine(input.Root, "fresh")), NumberedPages(input.Output));
    }

    [GeneratedRegex(@"page \d+ of \d+", RegexOptions.IgnoreCase)]
    private static partial Regex PageOfPages();

    private static InputCopy SmallPages()
    {
        var input = new InputCopy();
        var siteYml = Path.Combine(input.Input, "site.yml");
        var text = File.ReadAllText(siteYml);
        Assert.Contains("papers_per_page: 50", text, StringComparison.Ordinal);
        File.WriteAllText(siteYml, text.Replace("papers_per_page: 50", $"papers_per_page: {PerPage}", StringComparison.Ordinal));
        return input;
    }

    private static BuildOptions Options(InputCopy input) => new(input.Input, input.Theme, input.Output, BaseUrl);

    /// <summary>A dump of <paramref name="count"/> papers in both Reinforcement Learning and Diffusion Models.</summary>
    private static string Dump(string dateLine, int first, int count) =>
        dateLine + "\n\n" + string.Concat(Enumerable.Range(first, count).Select(n =>
            $"Zebrafish Reinforcement Learning with Diffusion Policies {n}\n\nWe train zebrafish agents with reinforcement learning and diffusion policies, study {n}.\n\n"));

    private static string Url(string topic, int page) => $"{BasePath}topics/{topic}/page/{page}/";

    private static IEnumerable<string> Topics(string output) =>
        Directory.GetDirectories(Path.Combine(output, "topics")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    private static int NumberedPageCount(string output, string topic)
    {
        var dir = Path.Combine(output, "topics", topic, "page");
        var count = Directory.Exists(dir) ? Directory.GetDirectories(dir).Length : 0;
        Assert.All(Enumerable.Range(1, count), n => Assert.True(File.Exists(Path.Combine(dir, n.ToString(System.Globalization.CultureInfo.InvariantCulture), "index.html"))));
        return count;
    }

    /// <summary>The front page, then the numbered pages newest first.</summary>
    private static List<(string Path, IHtmlDocument Doc)> PagesOf(string output, string topic)
    {
        var paths = new List<string> { $"topics/{topic}/" };
        paths.AddRange(Enumerable.Range(1, NumberedPageCount(output, topic)).Reverse().Select(n => $"topics/{topic}/page/{n}/"));
        return paths.Select(p => (p, Page(output, p))).ToList();
    }

    private static IHtmlDocument Page(string output, string sitePath) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, sitePath, "index.html")));

    /// <summary>The slugs of a page's papers, in order.</summary>
    private static List<string> Papers(IHtmlDocument doc) =>
        doc.QuerySelectorAll(".paper-list > li .paper-card-title a")
            .Select(a => a.GetAttribute("href")!.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1])
            .ToList();

    /// <summary>The dates of a page's papers, in order ("" for an undated paper).</summary>
    private static List<string> Dates(IHtmlDocument doc) =>
        doc.QuerySelectorAll(".paper-list > li .paper-card").Select(c => c.QuerySelector("time")?.GetAttribute("datetime") ?? "").ToList();

    /// <summary>Each topic's papers, as the paper pages say.</summary>
    private static Dictionary<string, List<string>> TopicMembers(string output)
    {
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var parser = new HtmlParser();
        foreach (var dir in Directory.GetDirectories(Path.Combine(output, "papers")))
        {
            var doc = parser.ParseDocument(File.ReadAllText(Path.Combine(dir, "index.html")));
            foreach (var chip in doc.QuerySelectorAll(".topic-reasons a.chip"))
            {
                var topic = chip.GetAttribute("href")!.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
                (members.TryGetValue(topic, out var list) ? list : members[topic] = []).Add(Path.GetFileName(dir));
            }
        }

        return members;
    }

    /// <summary>Every numbered topic page with its bytes' hash and text.</summary>
    private static SortedDictionary<string, PageBytes> NumberedPages(string output) =>
        new(Directory.EnumerateFiles(Path.Combine(output, "topics"), "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(p => p.Contains("/page/", StringComparison.Ordinal))
            .ToDictionary(p => p, p => new PageBytes(Fingerprint.Of(File.ReadAllBytes(Path.Combine(output, p))), File.ReadAllText(Path.Combine(output, p)))), StringComparer.Ordinal);

    private sealed record PageBytes(string Hash, string Text);
}
