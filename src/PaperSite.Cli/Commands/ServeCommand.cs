using System.CommandLine;
using System.Net;
using PaperSite.Configuration;
using PaperSite.Pipeline;
using PaperSite.Server;
using Spectre.Console;

namespace PaperSite.Cli.Commands;

/// <summary>
/// <c>papersite serve</c>: builds, serves the site on 127.0.0.1 under its base path, rebuilds when
/// input or theme change, and reloads open tabs. A failed rebuild keeps the last good site served
/// and shows the error in the terminal and as a banner in the page.
/// </summary>
internal static class ServeCommand
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    public static Command Create()
    {
        var input = CliOptions.Input();
        var theme = CliOptions.Theme();
        var output = CliOptions.Output();
        var baseUrl = CliOptions.BaseUrl();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 5080 };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > IPEndPoint.MaxPort)
            {
                result.AddError($"--port must be between 1 and {IPEndPoint.MaxPort} (or 0 for any free port), not {result.GetValueOrDefault<int>()}.");
            }
        });
        var command = new Command("serve", "Build, serve on 127.0.0.1 and rebuild on every change, reloading open pages") { input, theme, output, baseUrl, port };
        command.SetAction((parse, cancellation) =>
        {
            var options = new BuildOptions(parse.GetValue(input)!, parse.GetValue(theme)!, parse.GetValue(output)!, parse.GetValue(baseUrl));
            return UserErrors.GuardAsync(() => ServeAsync(options, parse.GetValue(port), cancellation));
        });
        return command;
    }

    private static async Task<int> ServeAsync(BuildOptions options, int port, CancellationToken cancellation)
    {
        WatchedOutput.EnsureOutside(options.OutputDir, [options.InputDir, options.ThemeDir]);
        var urls = options.BaseUrl is { } given
            ? SiteUrls.For(given, "--base-url")
            : SiteUrls.For(SiteConfigLoader.Load(options.InputDir).BaseUrl, SiteConfigLoader.FileName);
        var basePath = urls.BasePath;
        await using var server = await DevServer.StartAsync(options.OutputDir, basePath, port, liveReload: true, cancellation);
        using var loop = new RebuildLoop(() => SiteBuilder.Build(options), [options.InputDir, options.ThemeDir], Debounce);
        loop.Rebuilt += (report, error) => OnRebuilt(server, report, error);

        loop.RebuildNow();
        AnsiConsole.MarkupLine($"Serving [bold]{Markup.Escape(server.Address.ToString())}[/]: watching {Markup.Escape(options.InputDir)}/ and {Markup.Escape(options.ThemeDir)}/. Press Ctrl+C to stop.");
        try
        {
            await server.WaitForShutdownAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop as asked.
        }

        AnsiConsole.MarkupLine("Stopped.");
        return 0;
    }

    private static void OnRebuilt(DevServer server, BuildReport? report, string? error)
    {
        server.BuildError = error;
        if (report is not null)
        {
            foreach (var warning in report.Warnings)
            {
                Console.WriteLine(warning);
            }

            var problems = report.Check?.Problems.Count ?? 0;
            Console.WriteLine($"{DateTime.Now:HH:mm:ss} built {report.Papers} papers, {report.Sync.Written} files changed in {report.Elapsed.TotalSeconds:F2} s" + (problems > 0 ? $"; check found {problems} problems:" : ""));
            report.Check?.Problems.ToList().ForEach(p => Console.WriteLine(p));
        }
        else
        {
            Console.Error.WriteLine($"{DateTime.Now:HH:mm:ss} build failed; still serving the last good site: {error}");
        }

        server.Hub.Broadcast("reload");
    }
}
