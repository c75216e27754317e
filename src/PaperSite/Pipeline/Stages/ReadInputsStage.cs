using PaperSite.Configuration;
using PaperSite.Diagnostics;
using PaperSite.Dumps;
using PaperSite.Pages;
using PaperSite.Rendering;
using PaperSite.Topics;

namespace PaperSite.Pipeline.Stages;

/// <summary>Reads <c>site.yml</c>, <c>topics.yml</c>, the dumps (decoded into lines), the Markdown pages and the theme.</summary>
internal sealed class ReadInputsStage : IBuildStage<BuildOptions, SiteInputs>
{
    // A pipe or a device has no length, and opening one waits for a writer that may never come.
    private const string NoLength = "is empty, or not a regular file (a pipe or a device); skipped";

    /// <inheritdoc />
    public string Name => "read";

    /// <inheritdoc />
    public SiteInputs Run(BuildOptions options, BuildContext context)
    {
        if (!Directory.Exists(options.InputDir))
        {
            throw new PaperSiteException(options.InputDir, null, "input folder not found; pass --input with the folder that holds site.yml and dumps/");
        }

        // Reading and decoding the dumps, and loading the settings (mostly first-call work of the
        // YAML library), side by side.
        var dumps = Task.Run(() => ReadDumps(options.DumpsDir, context));
        var config = SiteConfigLoader.Load(options.InputDir);
        if (options.BaseUrl is { } baseUrl)
        {
            config = config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" };
        }

        var urls = SiteUrls.For(config.BaseUrl, options.BaseUrl is null ? SiteConfigLoader.FileName : "--base-url");
        var taxonomy = TaxonomyLoader.Load(options.InputDir);
        var pages = MarkdownPageLoader.LoadAll(PageFiles(options.InputDir, context.Diagnostics), urls);
        var theme = ThemeFiles.Load(options.ThemeDir);
        var (sources, lastParses) = dumps.GetAwaiter().GetResult();
        return new SiteInputs(config, urls, taxonomy, sources, lastParses, pages, theme);
    }

    /// <inheritdoc />
    public string Describe(SiteInputs output) =>
        $"{output.Dumps.Count} dumps, {output.Taxonomy.Count} topics, {output.Pages.Count} pages";

    /// <summary>The Markdown pages a build may read (see <see cref="InputFiles"/>); an unreadable one is a warning.</summary>
    private static IReadOnlyList<string> PageFiles(string inputDir, DiagnosticBag diagnostics)
    {
        var dir = Path.Combine(inputDir, "pages");
        if (!Directory.Exists(dir))
        {
            return [];
        }

        return InputFiles.In(dir, "*.md", SearchOption.TopDirectoryOnly, inputDir, "pages/", diagnostics)
            .Where(f => CanRead(f, "pages/" + Path.GetFileName(f), diagnostics))
            .ToList();
    }

    private static bool CanRead(string file, string display, DiagnosticBag diagnostics)
    {
        try
        {
            if (new FileInfo(file).Length == 0)
            {
                diagnostics.Warn(display, null, NoLength);
                return false;
            }

            using var handle = File.OpenHandle(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warn(display, null, $"could not be read ({e.Message}); skipped");
            return false;
        }
    }

    /// <summary>
    /// Reads a dump and hashes its bytes; decodes them unless the last build parsed the same bytes, which
    /// are then kept for the abstracts of that parse.
    /// What decoding reports is reported at once, and kept for the next build. A dump that cannot be
    /// read is a warning, and null.
    /// </summary>
    private static DumpSource? Read(string file, DumpCache lastParses, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(file);
        try
        {
            if (new FileInfo(file).Length == 0)
            {
                diagnostics.Warn(name, null, NoLength);
                return null;
            }

            var source = DumpBytes.Read(file, bytes =>
            {
                var hash = DumpCache.HashOf(bytes);
                if (lastParses.Find(name, hash)?.With(bytes.ToArray()) is { } parsed)
                {
                    return new DumpSource(name, hash, null, [], parsed);
                }

                var warnings = new DiagnosticBag();
                var lines = DumpDecoder.Decode(bytes, name, warnings);
                return new DumpSource(name, hash, lines, warnings.Sorted(), null);
            });
            diagnostics.Report(source.Warnings);
            return source;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warn(name, null, $"could not be read ({e.Message}); skipped");
            return null;
        }
    }

    private static (DumpSource[] Sources, DumpCache LastParses) ReadDumps(string dir, BuildContext context)
    {
        if (!Directory.Exists(dir))
        {
            context.Diagnostics.Warn("dumps/", null, "no dumps folder: the site has no papers; save listing pages as text files in dumps/");
            return ([], DumpCache.Empty);
        }

        var lastParses = context.Cache.Load(DumpCache.Entry, DumpCache.Entry, DumpCache.Read) ?? DumpCache.Empty;
        var files = InputFiles.In(dir, "*", SearchOption.TopDirectoryOnly, context.Options.InputDir, "", context.Diagnostics)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToArray();
        var sources = files.AsParallel().AsOrdered().Select(f => Read(f, lastParses, context.Diagnostics)).ToArray();
        return (sources.OfType<DumpSource>().ToArray(), lastParses);
    }
}
