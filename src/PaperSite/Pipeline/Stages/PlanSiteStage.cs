using System.Text;
using PaperSite.Configuration;
using PaperSite.Feeds;
using PaperSite.Model;
using PaperSite.Output;
using PaperSite.Pages;
using PaperSite.Rendering;
using PaperSite.Search;

namespace PaperSite.Pipeline.Stages;

/// <summary>Decides every file of the site: pages, feeds, OPML, sitemap, robots.txt, assets.</summary>
internal sealed class PlanSiteStage : IBuildStage<(SiteInputs Inputs, SiteContent Content), SitePlan>
{
    private readonly ScribanRenderer _renderer;
    private readonly Func<RelatedPapers> _related;

    /// <summary>Creates the stage; <paramref name="renderer"/> is the parsed theme.</summary>
    /// <param name="renderer">The parsed theme.</param>
    /// <param name="related">Gives each paper's related papers, found beside planning: only rendering asks, once they are found.</param>
    public PlanSiteStage(ScribanRenderer renderer, Func<RelatedPapers> related)
    {
        _renderer = renderer;
        _related = related;
    }

    /// <summary>
    /// Parses the theme's templates, which needs nothing but the theme: right after the inputs are
    /// read, so a broken template stops the build before any other work, and long before the output
    /// could change.
    /// </summary>
    public static ScribanRenderer CompileTheme(SiteInputs inputs) => new(inputs.Theme, inputs.Urls);

    /// <inheritdoc />
    public string Name => "plan";

    /// <inheritdoc />
    public SitePlan Run((SiteInputs Inputs, SiteContent Content) input, BuildContext context)
    {
        var (inputs, content) = input;
        var urls = inputs.Urls;
        var index = new ContentIndex(content);
        var pages = new PagePlanner(index, new ViewFactory(content, urls, _related)).Plan().ToList();
        _renderer.Require(pages.Select(p => p.Layout));
        var feeds = FeedPlan.For(index, urls).ToList();
        // The search index is the longest single job: first in the list, so rendering starts it first.
        var files = SearchIndexPlan.Jobs(index, urls, context.Cache).ToList();
        files.AddRange(feeds.Select(f => f.Job));
        files.Add(new FileJob(SiteUrls.FeedList, () => OpmlWriter.Write(content.Config.Title, urls, feeds.Select(f => f.Descriptor))));
        var sitemap = SitemapPaths(pages).ToList();
        files.Add(new FileJob(SiteUrls.Sitemap, () => SitemapWriter.Write(urls, sitemap), SitemapWriter.Key(urls, sitemap)));
        files.Add(new FileJob(SiteUrls.Robots, () => Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(SiteUrls.Sitemap)}\n")));
        // GitHub Pages would otherwise run Jekyll, which hides folders starting with '_'.
        files.Add(new FileJob(SiteUrls.NoJekyll, () => []));
        files.AddRange(Assets(inputs.Theme, context));
        return new SitePlan(_renderer, pages, files);
    }

    /// <inheritdoc />
    public string Describe(SitePlan output) => $"{output.Pages.Count} pages, {output.Files.Count} other files";

    private static IEnumerable<string> SitemapPaths(IEnumerable<PageJob> pages) =>
        pages.Select(p => p.OutputPath)
            .Where(p => p != SiteUrls.NotFoundPage)
            .Select(p => p.EndsWith(SiteUrls.IndexFile, StringComparison.Ordinal) ? p[..^SiteUrls.IndexFile.Length] : p)
            .Order(StringComparer.Ordinal);

    /// <summary>The theme's assets; those behind a link out of the theme's folder or to nothing are a warning each (see <see cref="InputFiles"/>).</summary>
    private static IEnumerable<FileJob> Assets(ThemeFiles theme, BuildContext context)
    {
        foreach (var (asset, refusal) in theme.Assets.Refused)
        {
            context.Diagnostics.Warn("theme/assets/" + asset, null, refusal);
        }

        return theme.Assets.Files.Select(a => new FileJob(SiteUrls.Asset(a.Key), () => ThemeAssets.Read(a.Value)));
    }
}
