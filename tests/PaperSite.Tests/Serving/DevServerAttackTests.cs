using PaperSite.Server;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Serving;

/// <summary>
/// The dev server attacked with raw requests: it must serve only the files inside output/, only to
/// this machine's own pages, only for reading, and redirect only to itself.
/// </summary>
public sealed class DevServerAttackTests : IClassFixture<DevServerAttackTests.Site>
{
    private const string Secret = "SECRET-BESIDE-OUTPUT";

    private readonly Site _site;

    public DevServerAttackTests(Site site) => _site = site;

    /// <summary>A small built site with secrets beside it, served at / and at /repo/.</summary>
    public sealed class Site : IAsyncLifetime
    {
        private readonly TempDir _dir = new();

        internal DevServer AtRoot { get; private set; } = null!;

        internal DevServer UnderRepo { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _dir.Write("output/index.html", "<!DOCTYPE html><html><body><h1>Home</h1></body></html>");
            _dir.Write("output/papers/index.html", "<!DOCTYPE html><html><body><h1>Papers</h1></body></html>");
            _dir.Write("output/404.html", "<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>");
            _dir.Write("output/assets/site.css", "body { color: black; }");
            _dir.Write("output-secret/s.txt", Secret);
            _dir.Write("secret.txt", Secret);
            File.CreateSymbolicLink(_dir.Combine("output", "leak.txt"), _dir.Combine("secret.txt"));
            File.CreateSymbolicLink(_dir.Combine("output", "relative-leak.txt"), "../secret.txt");
            Directory.CreateSymbolicLink(_dir.Combine("output", "linked-folder"), "../output-secret");
            Directory.CreateSymbolicLink(_dir.Combine("output", "papers", "up"), "../..");
            File.CreateSymbolicLink(_dir.Combine("output", "style.css"), "assets/site.css");
            AtRoot = await DevServer.StartAsync(_dir.Combine("output"), "/", 0);
            UnderRepo = await DevServer.StartAsync(_dir.Combine("output"), "/repo/", 0);
        }

        public async Task DisposeAsync()
        {
            await AtRoot.DisposeAsync();
            await UnderRepo.DisposeAsync();
            _dir.Dispose();
        }
    }

    [Theory]
    [InlineData("/", "/..%2Foutput-secret%2Fs.txt")]
    [InlineData("/", "/..%252Foutput-secret%252Fs.txt")]
    [InlineData("/", "/%2e%2e%2foutput-secret%2fs.txt")]
    [InlineData("/", "/%2E%2E/output-secret/s.txt")]
    [InlineData("/", "/../output-secret/s.txt")]
    [InlineData("/", "/..%5Coutput-secret%5Cs.txt")]
    [InlineData("/", "/..\\output-secret\\s.txt")]
    [InlineData("/", "/papers/..%2F..%2Foutput-secret%2Fs.txt")]
    [InlineData("/", "/%252e%252e%252fsecret.txt")]
    [InlineData("/repo/", "/repo/..%2Foutput-secret%2Fs.txt")]
    [InlineData("/repo/", "/repo/..%2F..%2Foutput-secret%2Fs.txt")]
    [InlineData("/repo/", "/repo/%2e%2e%2f%2e%2e%2fsecret.txt")]
    public async Task No_request_path_reaches_a_file_beside_the_output_folder(string basePath, string target)
    {
        var response = await RawHttp.SendAsync(Server(basePath).Address, target);

        Assert.NotEqual(200, response.Status);
        Assert.DoesNotContain(Secret, response.Body);
    }

    [Theory]
    [InlineData("/leak.txt")]
    [InlineData("/relative-leak.txt")]
    [InlineData("/linked-folder/s.txt")]
    [InlineData("/papers/up/secret.txt")]
    [InlineData("/papers/up/output-secret/s.txt")]
    public async Task Symlinks_that_lead_out_of_the_output_folder_are_refused(string target)
    {
        var response = await RawHttp.SendAsync(_site.AtRoot.Address, target);

        Assert.Equal(404, response.Status);
        Assert.DoesNotContain(Secret, response.Body);
    }

    [Fact]
    public async Task A_symlink_that_stays_inside_the_output_folder_is_served()
    {
        var response = await RawHttp.SendAsync(_site.AtRoot.Address, "/style.css");

        Assert.Equal(200, response.Status);
        Assert.Contains("color: black", response.Body);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("TRACE")]
    [InlineData("OPTIONS")]
    public async Task Only_GET_and_HEAD_are_answered(string method)
    {
        var response = await RawHttp.SendAsync(_site.AtRoot.Address, "/assets/site.css", method);

        Assert.Equal(405, response.Status);
        Assert.Equal("GET, HEAD", response.Header("Allow"));
        Assert.DoesNotContain("color: black", response.Body);
    }

    [Fact]
    public async Task HEAD_answers_with_the_headers_and_no_body()
    {
        var css = await RawHttp.SendAsync(_site.AtRoot.Address, "/assets/site.css", "HEAD");
        var page = await RawHttp.SendAsync(_site.AtRoot.Address, "/papers/", "HEAD");

        Assert.Equal((200, "text/css", ""), (css.Status, css.Header("Content-Type"), css.Body));
        Assert.Equal((200, "text/html; charset=utf-8", ""), (page.Status, page.Header("Content-Type"), page.Body));
    }

    [Theory]
    [InlineData("evil.example.com", false)]
    [InlineData("evil.example.com:{port}", false)]
    [InlineData("127.0.0.1.evil.example.com:{port}", false)]
    [InlineData("localhost.evil.example.com", false)]
    [InlineData("192.168.1.10:{port}", false)]
    [InlineData("", false)]
    [InlineData("localhost", true)]
    [InlineData("localhost:{port}", true)]
    [InlineData("LocalHost:{port}", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.1:{port}", true)]
    [InlineData("[::1]", true)]
    [InlineData("[::1]:{port}", true)]
    public async Task Only_this_machine_s_own_names_are_served_against_DNS_rebinding(string host, bool served)
    {
        var port = _site.AtRoot.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await RawHttp.SendAsync(_site.AtRoot.Address, "/assets/site.css", host: host.Replace("{port}", port));

        Assert.Equal(served ? 200 : 400, response.Status);
        Assert.Equal(served, response.Body.Contains("color: black", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_absolute_request_target_naming_another_host_is_refused()
    {
        var response = await RawHttp.SendRawAsync(_site.AtRoot.Address, $"GET http://evil.example.com/assets/site.css HTTP/1.1\r\nHost: {_site.AtRoot.Address.Authority}\r\nConnection: close\r\n\r\n");

        Assert.Equal(400, response.Status);
    }

    [Theory]
    [InlineData("/%5Cevil.example.com%2F..%2Fpapers")]
    [InlineData("/\\evil.example.com/../papers")]
    [InlineData("//evil.example.com/../papers")]
    [InlineData("//evil.example.com/%2e%2e/papers")]
    [InlineData("/%2F%2Fevil.example.com%2F..%2Fpapers")]
    [InlineData("///evil.example.com/../papers")]
    [InlineData("/%09/evil.example.com/../papers")]
    [InlineData("//papers")]
    [InlineData("/papers")]
    public async Task Redirects_stay_on_this_server_under_the_base_path(string target)
    {
        foreach (var (server, basePath) in new[] { (_site.AtRoot, "/"), (_site.UnderRepo, "/repo/") })
        {
            var prefixed = basePath == "/" ? target : "/repo" + target;
            var response = await RawHttp.SendAsync(server.Address, prefixed);

            if (response.Header("Location") is { } location)
            {
                AssertSameOriginUnder(server.Address, basePath, location);
            }
        }
    }

    [Theory]
    [InlineData("/", "/papers", "/papers/")]
    [InlineData("/", "//papers", "/papers/")]
    [InlineData("/", "//evil.example.com/../papers", "/papers/")]
    [InlineData("/repo/", "/", "/repo/")]
    [InlineData("/repo/", "/repo", "/repo/")]
    [InlineData("/repo/", "/repo//papers", "/repo/papers/")]
    public async Task A_folder_without_its_slash_redirects_to_its_normal_path(string basePath, string target, string expected)
    {
        var response = await RawHttp.SendAsync(Server(basePath).Address, target);

        Assert.Equal(302, response.Status);
        Assert.Equal(expected, response.Header("Location"));
    }

    private DevServer Server(string basePath) => basePath == "/" ? _site.AtRoot : _site.UnderRepo;

    private static void AssertSameOriginUnder(Uri server, string basePath, string location)
    {
        Assert.DoesNotContain('\\', location);
        Assert.StartsWith("/", location, StringComparison.Ordinal);
        Assert.False(location.StartsWith("//", StringComparison.Ordinal), location);
        var target = new Uri(server, location);
        Assert.Equal((server.Scheme, server.Host, server.Port), (target.Scheme, target.Host, target.Port));
        Assert.StartsWith(basePath, target.AbsolutePath, StringComparison.Ordinal);
    }
}
