using Microsoft.Playwright;

namespace PaperSite.Tests.Support;

/// <summary>
/// Launches Chromium for browser tests: the one named by <c>PAPERSITE_CHROMIUM</c>, else Debian's
/// <c>/usr/bin/chromium</c>, else Playwright's own (installed on first use, as Playwright's docs describe).
/// </summary>
public static class Browsers
{
    private static readonly string[] HeadlessArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var executable = Environment.GetEnvironmentVariable("PAPERSITE_CHROMIUM");
        if (string.IsNullOrEmpty(executable) && File.Exists("/usr/bin/chromium"))
        {
            executable = "/usr/bin/chromium";
        }

        if (string.IsNullOrEmpty(executable))
        {
            var exit = Microsoft.Playwright.Program.Main(["install", "chromium"]);
            Assert.True(exit == 0, $"playwright install chromium exited with {exit}");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            Headless = true,
            ExecutablePath = string.IsNullOrEmpty(executable) ? null : executable,
            Args = HeadlessArgs,
        });
        return (playwright, browser);
    }
}
