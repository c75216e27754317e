namespace PaperSite.Checking;

/// <summary>A check run once on the whole output (feeds, OPML, sitemap, search index).</summary>
internal interface ISiteCheck
{
    /// <summary>Adds the problems it finds in <paramref name="site"/> to <paramref name="problems"/>.</summary>
    void Check(CheckContext site, ProblemList problems);
}
