using System.IO.Compression;
using Microsoft.Playwright;
using PaperSite.Benchmarks;
using PaperSite.Pipeline;
using PaperSite.Server;
using PaperSite.Tests.Support;
using Xunit.Abstractions;

namespace PaperSite.Tests.Browser;

/// <summary>
/// Search on a 10,000-paper site served under a base path: each of the issue's queries gets its
/// complete, exactly ranked result count after at most 600 KB gzipped, counting everything the
/// browser downloads (page, stylesheet, scripts, index parts, result data).
/// </summary>
public sealed class LargeSiteSearchTests(ITestOutputHelper output)
{
    private const long QueryBudget = 600_000;

    [Fact]
    public async Task Each_query_on_a_10000_paper_site_downloads_at_most_600_KB()
    {
        using var dir = new TempDir();
        SyntheticDumpWriter.WriteInputFolder(dir.Combine("input"), RepoPaths.Input, 10_000, SyntheticPaperCorpus.DefaultSeed);
        SiteBuilder.Build(new BuildOptions(dir.Combine("input"), RepoPaths.Theme, dir.Combine("output"), "https://example.org/big/") { Check = false });
        await using var server = await DevServer.StartAsync(dir.Combine("output"), "/big/", 0, liveReload: false);
        var (playwright, browser) = await Browsers.LaunchAsync();
        try
        {
            foreach (var query in SearchCostMeasurer.Queries)
            {
                // A fresh context each time: nothing cached from the query before.
                await using var context = await browser.NewContextAsync();
                var page = await context.NewPageAsync();
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

                await page.GotoAsync(new Uri(server.Address, "search/?q=" + Uri.EscapeDataString(query)).ToString());
                await page.WaitForFunctionAsync("() => /papers? match|No papers match/.test(document.getElementById('search-status').textContent)");
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var shown = await page.Locator("#search-results > li").CountAsync();

                List<IResponse> all;
                lock (responses)
                {
                    all = [.. responses];
                }

                var downloads = new List<(string Url, long Gzipped)>();
                foreach (var response in all)
                {
                    downloads.Add((response.Url, GzippedSize(await response.BodyAsync())));
                }

                var bytes = downloads.Sum(d => d.Gzipped);
                output.WriteLine($"{query}: {bytes:N0} bytes gzipped in {downloads.Count} requests, {shown} results shown");
                Assert.True(shown > 0, $"{query}: no results");
                Assert.Contains(downloads, d => System.Text.RegularExpressions.Regex.IsMatch(d.Url, "/big/search/index/[^/]+/p-"));
                Assert.True(bytes <= QueryBudget, $"{query}: {bytes:N0} bytes gzipped: {string.Join(", ", downloads.Select(d => $"{d.Url} {d.Gzipped:N0}"))}");
                Assert.Empty(errors);
            }
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

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
