using PaperSite.Configuration;
using PaperSite.Diagnostics;
using PaperSite.Dumps;
using PaperSite.Pages;
using PaperSite.Rendering;
using PaperSite.Topics;

namespace PaperSite.Pipeline.Stages;

/// <summary>Reads <c>site.yml</c>, <c>topics.yml</c>, the dumps (decoded into lines), the Markdown pages and the theme.</summary>
public sealed class ReadInputsStage : IBuildStage<BuildOptions, SiteInputs>
{
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

        var urls = MakeUrls(config.BaseUrl, options.BaseUrl is null ? SiteConfigLoader.FileName : "--base-url");
        var taxonomy = TaxonomyLoader.Load(options.InputDir);
        var pages = MarkdownPageLoader.LoadAll(Path.Combine(options.InputDir, "pages"), urls);
        var theme = ThemeFiles.Load(options.ThemeDir);
        var (sources, lastParses) = dumps.GetAwaiter().GetResult();
        return new SiteInputs(config, urls, taxonomy, sources, lastParses, pages, theme);
    }

    /// <inheritdoc />
    public string Describe(SiteInputs output) =>
        $"{output.Dumps.Count} dumps, {output.Taxonomy.Count} topics, {output.Pages.Count} pages";

    private static SiteUrls MakeUrls(string baseUrl, string source)
    {
        try
        {
            return new SiteUrls(baseUrl);
        }
        catch (ArgumentException e)
        {
            throw new PaperSiteException(source, null, e.Message.Split(" (Parameter")[0]);
        }
    }

    /// <summary>
    /// Reads a dump and hashes its bytes; decodes them unless the last build parsed the same bytes.
    /// What decoding reports is reported at once, and kept for the next build.
    /// </summary>
    private static DumpSource Read(string file, DumpCache lastParses, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(file);
        var source = DumpBytes.Read(file, bytes =>
        {
            var hash = DumpCache.HashOf(bytes);
            if (lastParses.Find(name, hash) is { } parsed)
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

    private static (DumpSource[] Sources, DumpCache LastParses) ReadDumps(string dir, BuildContext context)
    {
        if (!Directory.Exists(dir))
        {
            context.Diagnostics.Warn("dumps/", null, "no dumps folder: the site has no papers; save listing pages as text files in dumps/");
            return ([], DumpCache.Empty);
        }

        var lastParses = DumpCache.Load(context.Cache, dir);
        var files = Directory.EnumerateFiles(dir)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return (ParallelMap.Of(files, f => Read(f, lastParses, context.Diagnostics)), lastParses);
    }
}
