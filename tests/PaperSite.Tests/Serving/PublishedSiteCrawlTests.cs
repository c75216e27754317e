using AngleSharp.Html.Parser;
using PaperSite.Pipeline;
using PaperSite.Server;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Serving;

/// <summary>
/// The site as GitHub Pages serves a project site: built for https://owner.github.io/repo/, served
/// under /repo/, crawled from the home page over HTTP. Every link must answer, none may leave /repo/.
/// </summary>
public sealed class PublishedSiteCrawlTests
{
    [Fact]
    public async Task Every_link_from_the_home_page_works_under_the_base_path()
    {
        using var dir = new TempDir();
        var output = dir.Combine("output");
        SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, output, "https://owner.github.io/repo/"));
        await using var server = await DevServer.StartAsync(output, "/repo/", 0, liveReload: false);
        using var http = new HttpClient { BaseAddress = server.Address };

        var crawl = await CrawlAsync(http, server.Address, new Uri("https://owner.github.io/repo/"));

        Assert.Empty(crawl.Broken);
        Assert.Empty(crawl.Escaping);
        Assert.True(crawl.Visited.Count > 300, $"{crawl.Visited.Count} URLs visited");
        Assert.Contains(crawl.Visited, u => u.EndsWith("/repo/papers/matryoshka-representation-learning/", StringComparison.Ordinal));
        Assert.Contains(crawl.Visited, u => u.EndsWith("/repo/feed.xml", StringComparison.Ordinal));
        // Numbered topic pages, the oldest included, are reached through the front page's links.
        Assert.Contains(crawl.Visited, u => u.EndsWith("/repo/topics/representation-learning/page/1/", StringComparison.Ordinal));
        Assert.Contains(crawl.Visited, u => u.EndsWith("/repo/topics/representation-learning/page/2/", StringComparison.Ordinal));
    }

    private sealed record Crawl(HashSet<string> Visited, List<string> Broken, List<string> Escaping);

    /// <summary>Breadth-first from <paramref name="start"/>; absolute links to <paramref name="published"/> are followed on the local server.</summary>
    private static async Task<Crawl> CrawlAsync(HttpClient http, Uri start, Uri published)
    {
        var crawl = new Crawl(new HashSet<string>(StringComparer.Ordinal), [], []);
        var queue = new Queue<Uri>([start]);
        var parser = new HtmlParser();
        while (queue.TryDequeue(out var url))
        {
            if (!crawl.Visited.Add(url.GetLeftPart(UriPartial.Path)))
            {
                continue;
            }

            using var response = await http.GetAsync(url);
            if (!response.IsSuccessStatusCode)
            {
                crawl.Broken.Add($"{url} → {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var doc = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var link in doc.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action]"))
            {
                var raw = link.GetAttribute("href") ?? link.GetAttribute("src") ?? link.GetAttribute("action")!;
                var target = new Uri(url, raw);
                if (target.Host == published.Host)
                {
                    target = new Uri(start, target.PathAndQuery);
                }
                else if (target.Host != start.Host || target.Port != start.Port)
                {
                    continue;
                }

                if (!target.AbsolutePath.StartsWith(start.AbsolutePath, StringComparison.Ordinal))
                {
                    crawl.Escaping.Add($"{url} → {raw}");
                    continue;
                }

                queue.Enqueue(target);
            }
        }

        return crawl;
    }
}
