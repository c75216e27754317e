using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PaperSite.Server;

/// <summary>
/// Serves a built site on 127.0.0.1 under its base path with Kestrel, as GitHub Pages would:
/// folders answer with their index.html, missing pages get the site's 404.html with status 404.
/// HTML is served with the live-reload script; <see cref="BuildError"/> adds an error banner.
/// It answers only requests addressed to this machine, only GET and HEAD, and only with files that
/// really are inside the output folder (docs/dev-server.md).
/// </summary>
internal sealed class DevServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The names a browser uses for this machine. Any other Host is a page elsewhere reaching in through DNS rebinding.</summary>
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    private readonly WebApplication _app;
    private readonly SiteFileProvider _files;
    private readonly SiteFileResolver _resolver;
    private readonly bool _liveReload;

    private DevServer(WebApplication app, SiteFileProvider files, string basePath, bool liveReload)
    {
        _app = app;
        _files = files;
        _resolver = new SiteFileResolver(files, basePath);
        _liveReload = liveReload;
    }

    /// <summary>Tabs to tell about rebuilds.</summary>
    public ReloadHub Hub { get; } = new();

    /// <summary>The message of the last failed rebuild, or null when the last rebuild succeeded.</summary>
    public string? BuildError { get; set; }

    /// <summary>The address the site's base path is served at, e.g. <c>http://127.0.0.1:5080/repo/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts serving <paramref name="outputDir"/> on <paramref name="port"/> (0 picks a free port).</summary>
    /// <param name="outputDir">The built site.</param>
    /// <param name="basePath">The path the site lives under, <c>/</c> or <c>/repo/</c>.</param>
    /// <param name="port">TCP port on 127.0.0.1.</param>
    /// <param name="liveReload">Inject the reload script into pages (off to serve the site exactly as built).</param>
    /// <param name="cancellation">Stops the start-up.</param>
    public static async Task<DevServer> StartAsync(string outputDir, string basePath, int port, bool liveReload = true, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        var app = CreateApp(port);
        var files = new SiteFileProvider(outputDir);
        var server = new DevServer(app, files, basePath, liveReload);
        server.HandleRequests(app);
        await StartListeningAsync(app, port, cancellation);
        // Open live-reload streams would otherwise hold a Ctrl+C until the shutdown timeout.
        app.Lifetime.ApplicationStopping.Register(server.Hub.CloseAll);
        var bound = app.Urls.Select(u => new Uri(u)).First();
        server.Address = new Uri(bound, basePath);
        return server;
    }

    private static WebApplication CreateApp(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddHostFiltering(o =>
        {
            o.AllowedHosts = LoopbackHosts;
            o.AllowEmptyHosts = false;
        });
        return builder.Build();
    }

    /// <summary>This machine only, reading only; then live reload, redirects and HTML here, every other file by ASP.NET's static files.</summary>
    private void HandleRequests(WebApplication app)
    {
        app.UseHostFiltering();
        app.Use(ReadOnlyMethods.RefuseOthersAsync);
        app.Use(HandleAsync);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = _files,
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
    }

    /// <summary>Waits until the server stops (Ctrl+C or <paramref name="cancellation"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Hub.CloseAll();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _files.Dispose();
    }

    /// <summary>Kestrel says a taken port with an exception whose message names neither the option nor the way out.</summary>
    private static async Task StartListeningAsync(WebApplication app, int port, CancellationToken cancellation)
    {
        try
        {
            await app.StartAsync(cancellation);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await app.DisposeAsync();
            throw new IOException($"port {port} on 127.0.0.1 is already in use; stop what uses it or choose another port with --port.", e);
        }
    }

    private async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == LiveReloadInjector.EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }

        switch (_resolver.Resolve(path))
        {
            case SiteFileResolver.Redirect redirect:
                context.Response.Redirect(redirect.Location);
                break;
            case SiteFileResolver.FileFound found when _liveReload && IsHtml(found.SitePath):
                await SendHtmlAsync(context, found.File, StatusCodes.Status200OK);
                break;
            case SiteFileResolver.FileFound found:
                // ASP.NET's static files send the rest (lengths, ranges, HEAD, revalidation); they read
                // the same provider, so the file they find is the one resolved here.
                context.Request.Path = found.SitePath;
                await next(context);
                break;
            case SiteFileResolver.NotFound { NotFoundPage: { } page }:
                await SendHtmlAsync(context, page, StatusCodes.Status404NotFound);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private static bool IsHtml(string path) => ContentTypes.TryGetContentType(path, out var type) && type == "text/html";

    private async Task SendHtmlAsync(HttpContext context, IFileInfo file, int status)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentType = "text/html; charset=utf-8";
        using var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8);
        var html = await reader.ReadToEndAsync(context.RequestAborted);
        await context.Response.WriteAsync(_liveReload ? LiveReloadInjector.Inject(html, BuildError) : html, Encoding.UTF8, context.RequestAborted);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        using var subscription = Hub.Subscribe();
        await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            await foreach (var message in subscription.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"data: {message}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping.
        }
    }
}
