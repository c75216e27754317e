using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PaperSite.Server;

/// <summary>
/// Serves a built site on 127.0.0.1 under its base path with Kestrel, as GitHub Pages would:
/// folders answer with their index.html, missing pages get the site's 404.html with status 404.
/// HTML is served with the live-reload script; <see cref="BuildError"/> adds an error banner.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;
    private readonly SiteFileResolver _resolver;

    private readonly bool _liveReload;

    private DevServer(WebApplication app, SiteFileResolver resolver, ReloadHub hub, bool liveReload)
    {
        _app = app;
        _resolver = resolver;
        Hub = hub;
        _liveReload = liveReload;
    }

    /// <summary>Tabs to tell about rebuilds.</summary>
    public ReloadHub Hub { get; }

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
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new DevServer(app, new SiteFileResolver(outputDir, basePath), new ReloadHub(), liveReload);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellation);
        // Open live-reload streams would otherwise hold a Ctrl+C until the shutdown timeout.
        app.Lifetime.ApplicationStopping.Register(server.Hub.CloseAll);
        var bound = app.Urls.Select(u => new Uri(u)).First();
        server.Address = new Uri(bound, basePath);
        return server;
    }

    /// <summary>Waits until the server stops (Ctrl+C or <paramref name="cancellation"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Hub.CloseAll();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = WebUtility.UrlDecode(context.Request.Path.Value ?? "/");
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
            case SiteFileResolver.FileFound found:
                await SendAsync(context, found.FullPath, StatusCodes.Status200OK);
                break;
            case SiteFileResolver.NotFound { NotFoundPage: { } page }:
                await SendAsync(context, page, StatusCodes.Status404NotFound);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private async Task SendAsync(HttpContext context, string file, int status)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-cache";
        if (!ContentTypes.TryGetContentType(file, out var type))
        {
            type = "application/octet-stream";
        }

        if (type == "text/html" && _liveReload)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            var html = LiveReloadInjector.Inject(await File.ReadAllTextAsync(file, context.RequestAborted), BuildError);
            await context.Response.WriteAsync(html, Encoding.UTF8, context.RequestAborted);
            return;
        }

        context.Response.ContentType = type;
        await context.Response.SendFileAsync(file, context.RequestAborted);
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
