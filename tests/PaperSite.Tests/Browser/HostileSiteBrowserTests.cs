using Microsoft.Playwright;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Browser;

/// <summary>Every page of a site built from hostile input, opened in Chromium: no script runs, no dialog shows, template syntax shows as written.</summary>
public sealed class HostileSiteBrowserTests
{
    private const string Origin = "https://example.org";

    [Fact]
    public async Task No_script_runs_and_no_dialog_shows_on_any_page()
    {
        using var site = new HostileSite();
        var (playwright, browser) = await Browsers.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            var dialogs = new List<string>();
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add($"{page.Url}: {dialog.Message}");
                await dialog.DismissAsync();
            };
            // The site is served from its output folder under its base URL; nothing leaves the machine.
            await page.RouteAsync("**/*", route => Serve(route, site.Output));

            foreach (var path in site.Pages.Where(p => p != "404.html"))
            {
                await page.GotoAsync($"{Origin}/digest/{(path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path)}");
                await page.WaitForLoadStateAsync(LoadState.Load);
                Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
                var text = await page.InnerTextAsync("body");
                Assert.Contains("{{ 7*7 }}", text);
            }

            Assert.Empty(dialogs);
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private static async Task Serve(IRoute route, string output)
    {
        var url = new Uri(route.Request.Url);
        var prefix = "/digest/";
        if (url.GetLeftPart(UriPartial.Authority) != Origin || !url.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal))
        {
            await route.AbortAsync();
            return;
        }

        var relative = Uri.UnescapeDataString(url.AbsolutePath[prefix.Length..]);
        var file = Path.GetFullPath(Path.Combine(output, relative.EndsWith('/') || relative.Length == 0 ? relative + "index.html" : relative));
        if (!file.StartsWith(Path.GetFullPath(output) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "" });
            return;
        }

        var type = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript",
            ".css" => "text/css",
            ".json" => "application/json",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = await File.ReadAllBytesAsync(file), ContentType = type });
    }
}
