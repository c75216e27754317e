using PaperSite.Configuration;

namespace PaperSite.Checking;

/// <summary>Checks that the files every published site has at its root are there.</summary>
internal sealed class RootFilesCheck : ISiteCheck
{
    /// <summary>
    /// The root files. <c>.nojekyll</c> stops GitHub Pages running Jekyll, which would drop files
    /// starting with <c>_</c>; <c>404.html</c> is what Pages serves for a missing page.
    /// </summary>
    public static readonly IReadOnlyList<string> Required =
        [SiteUrls.IndexFile, SiteUrls.NotFoundPage, SiteUrls.FeedFile, SiteUrls.FeedList, SiteUrls.Sitemap, SiteUrls.Robots, SiteUrls.NoJekyll];

    /// <inheritdoc/>
    public void Check(CheckContext site, ProblemList problems)
    {
        foreach (var file in Required.Where(f => !site.Files.Contains(f)))
        {
            problems.Add(file, ProblemKinds.MissingFile, "is missing from the output root");
        }
    }
}
