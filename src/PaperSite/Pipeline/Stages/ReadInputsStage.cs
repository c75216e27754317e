using PaperSite.Configuration;
using PaperSite.Diagnostics;
using PaperSite.Pages;
using PaperSite.Rendering;
using PaperSite.Topics;

namespace PaperSite.Pipeline.Stages;

/// <summary>Reads <c>site.yml</c>, <c>topics.yml</c>, the dumps, the Markdown pages and the theme.</summary>
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

        var config = SiteConfigLoader.Load(options.InputDir);
        if (options.BaseUrl is { } baseUrl)
        {
            config = config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" };
        }

        var urls = MakeUrls(config.BaseUrl, options.BaseUrl is null ? SiteConfigLoader.FileName : "--base-url");
        return new SiteInputs(
            config,
            urls,
            TaxonomyLoader.Load(options.InputDir),
            ReadDumps(Path.Combine(options.InputDir, "dumps"), context.Diagnostics),
            MarkdownPageLoader.LoadAll(Path.Combine(options.InputDir, "pages"), urls),
            ThemeFiles.Load(options.ThemeDir));
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
        catch (ArgumentException)
        {
            throw new PaperSiteException(source, null, $"base URL '{baseUrl}' is not an absolute http(s) URL such as https://owner.github.io/repo/");
        }
    }

    private static List<DumpSource> ReadDumps(string dir, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(dir))
        {
            diagnostics.Warn("dumps/", null, "no dumps folder: the site has no papers; save listing pages as text files in dumps/");
            return [];
        }

        return Directory.EnumerateFiles(dir)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(f => new DumpSource(Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();
    }
}
