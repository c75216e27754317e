using System.IO.Compression;
using Microsoft.Playwright;
using PaperSite.Benchmarks;
using PaperSite.Pipeline;
using PaperSite.Server;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Browser;

/// <summary>
/// Search on a 10,000-paper site: the browser shows the first results after downloading at most
/// 1.5 MB (gzipped, as GitHub Pages serves it), then loads the remaining shards behind them.
/// </summary>
public sealed class LargeSiteSearchTests
{
    private const long FirstResultsBudget = 1_500_000;

    [Fact]
    public async Task First_results_of_a_10000_paper_site_need_at_most_1_5_MB()
    {
        using var dir = new TempDir();
        SyntheticDumpWriter.WriteInputFolder(dir.Combine("input"), RepoPaths.Input, 10_000, SyntheticPaperCorpus.DefaultSeed);
        SiteBuilder.Build(new BuildOptions(dir.Combine("input"), RepoPaths.Theme, dir.Combine("output"), "https://example.org/big/") { Check = false });
        await using var server = await DevServer.StartAsync(dir.Combine("output"), "/big/", 0, liveReload: false);
        var (playwright, browser) = await Browsers.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            var responses = new List<IResponse>();
            var errors = new List<string>();
            page.PageError += (_, e) => errors.Add(e);
            page.Response += (_, response) =>
            {
                lock (responses)
                {
                    responses.Add(response);
                }
            };

            await page.GotoAsync(new Uri(server.Address, "search/?q=learning").ToString());
            await page.WaitForFunctionAsync("() => /papers? match/.test(document.getElementById('search-status').textContent)");
            var firstResults = await page.Locator("#search-results li").CountAsync();

            // The page, its assets, the shard list and the newest shard: what the first results waited for.
            List<IResponse> firstWave;
            lock (responses)
            {
                firstWave = responses.Where(r => !IsLaterShard(r.Url)).ToList();
            }

            var beforeResults = new List<(string Url, long Gzipped)>();
            foreach (var response in firstWave)
            {
                beforeResults.Add((response.Url, GzippedSize(await response.BodyAsync())));
            }

            var bytes = beforeResults.Sum(d => d.Gzipped);
            Assert.True(firstResults > 0, "no results");
            Assert.Contains(beforeResults, d => d.Url.EndsWith("/big/search/index.json", StringComparison.Ordinal));
            Assert.True(bytes <= FirstResultsBudget, $"{bytes:N0} bytes gzipped before the first results: {string.Join(", ", beforeResults.Select(d => $"{d.Url} {d.Gzipped:N0}"))}");
            Assert.Empty(errors);
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private static bool IsLaterShard(string url) =>
        System.Text.RegularExpressions.Regex.IsMatch(url, @"/search/(index|documents)-\d+\.json$");

    private static long GzippedSize(byte[] body)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return compressed.Length;
    }
}
