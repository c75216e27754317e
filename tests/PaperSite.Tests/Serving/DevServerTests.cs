using System.Net;
using PaperSite.Pipeline;
using PaperSite.Server;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Serving;

/// <summary>The preview loop: serve under the base path, rebuild on change, reload tabs, survive a broken build.</summary>
public sealed class DevServerTests : IAsyncLifetime
{
    private readonly InputCopy _input = new();
    private DevServer? _server;
    private RebuildLoop? _loop;
    private HttpClient? _http;
    private readonly SemaphoreSlim _rebuilt = new(0);

    private BuildOptions Options => new(_input.Input, _input.Theme, _input.Output, "https://owner.github.io/repo/") { Check = false };

    public async Task InitializeAsync()
    {
        SiteBuilder.Build(Options);
        _server = await DevServer.StartAsync(_input.Output, "/repo/", 0);
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Address };
        _loop = new RebuildLoop(BuildOrCrash, [_input.Input, _input.Theme], TimeSpan.FromMilliseconds(200));
        _loop.Rebuilt += (_, error) =>
        {
            _server.BuildError = error;
            _server.Hub.Broadcast("reload");
            _rebuilt.Release();
        };
    }

    public async Task DisposeAsync()
    {
        _loop?.Dispose();
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _input.Dispose();
    }

    private HttpClient Http => _http!;

    private string CrashMarker => Path.Combine(_input.Input, "crash-the-build");

    /// <summary>The build, or, while the marker exists, the kind of exception a bug reached by the user's input throws.</summary>
    private BuildReport BuildOrCrash() =>
        File.Exists(CrashMarker) ? throw new ArgumentOutOfRangeException("year", "Year must be between 1 and 9999.") : SiteBuilder.Build(Options);

    [Fact]
    public async Task Pages_are_served_under_the_base_path_with_the_reload_script_only_when_served()
    {
        var html = await Http.GetStringAsync("/repo/papers/matryoshka-representation-learning/");
        Assert.Contains(LiveReloadInjector.EventsPath, html);
        Assert.DoesNotContain(LiveReloadInjector.EventsPath, File.ReadAllText(Path.Combine(_input.Output, "papers/matryoshka-representation-learning/index.html")));
        Assert.Equal("text/css", (await Http.GetAsync("/repo/assets/site.css")).Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Missing_pages_get_the_404_page_with_status_404_and_folders_redirect()
    {
        var missing = await Http.GetAsync("/repo/papers/no-such-paper/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/elsewhere/")).StatusCode);
        var root = await Http.GetAsync("/");
        Assert.Equal("/repo/", root.Headers.Location?.OriginalString);
        var noSlash = await Http.GetAsync("/repo/archive");
        Assert.Equal("/repo/archive/", noSlash.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_new_dump_is_rebuilt_and_open_tabs_are_told_to_reload()
    {
        using var events = new HttpClient { BaseAddress = _server!.Address, Timeout = TimeSpan.FromSeconds(60) };
        await using var stream = await events.GetStreamAsync(LiveReloadInjector.EventsPath);
        using var reader = new StreamReader(stream);
        Assert.Equal(": connected", await reader.ReadLineAsync());

        _input.Write("input/dumps/2024-04-01.txt", "Freshly Added Paper\nAn abstract that arrived while the preview was running.\n");

        Assert.True(await _rebuilt.WaitAsync(TimeSpan.FromSeconds(30)), "no rebuild after the change");
        Assert.Equal("", await reader.ReadLineAsync());
        Assert.Equal("data: reload", await reader.ReadLineAsync());
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/repo/papers/freshly-added-paper/")).StatusCode);
    }

    [Fact]
    public async Task A_failed_rebuild_keeps_the_last_good_site_and_shows_a_banner()
    {
        _input.Write("theme/layouts/paper.sbn-html", "{{ for broken");

        Assert.True(await _rebuilt.WaitAsync(TimeSpan.FromSeconds(30)), "no rebuild after the change");
        var html = await Http.GetStringAsync("/repo/papers/matryoshka-representation-learning/");
        Assert.Contains("Build failed; showing the last good site.", html);
        Assert.Contains("theme/layouts/paper.sbn-html:1:", html);
        Assert.Contains("<h1>Matryoshka Representation Learning</h1>", html);
    }

    [Fact]
    public async Task An_unexpected_exception_in_a_rebuild_shows_the_banner_and_the_server_keeps_going()
    {
        _input.Write("input/crash-the-build", "");

        Assert.True(await _rebuilt.WaitAsync(TimeSpan.FromSeconds(30)), "no rebuild after the change");
        var html = await Http.GetStringAsync("/repo/papers/matryoshka-representation-learning/");
        Assert.Contains("Build failed; showing the last good site.", html);
        Assert.Contains("unexpected error (ArgumentOutOfRangeException): Year must be between 1 and 9999.", html);
        Assert.Contains("<h1>Matryoshka Representation Learning</h1>", html);

        File.Delete(CrashMarker);

        Assert.True(await WaitForAsync(() => _server!.BuildError is null, TimeSpan.FromSeconds(30)), "no good rebuild after the crash");
        Assert.DoesNotContain("Build failed", await Http.GetStringAsync("/repo/papers/matryoshka-representation-learning/"));
    }

    private async Task<bool> WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline || !await _rebuilt.WaitAsync(deadline - DateTime.UtcNow))
            {
                return condition();
            }
        }

        return true;
    }
}
