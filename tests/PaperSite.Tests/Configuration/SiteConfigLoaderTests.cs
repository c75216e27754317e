using PaperSite.Configuration;
using PaperSite.Diagnostics;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Configuration;

public sealed class SiteConfigLoaderTests
{
    [Fact]
    public void The_shipped_site_yml_loads()
    {
        var config = SiteConfigLoader.Load(RepoPaths.Input);
        Assert.Equal(2024, config.Year);
        Assert.Equal(50, config.PapersPerPage);
    }

    [Theory]
    [InlineData("title: T\npapers_per_page: 0\n", 2, "papers_per_page must be at least 1")]
    [InlineData("title: T\n\nbase_url: /relative/\n", 3, "not an absolute http(s) URL")]
    [InlineData("title: T\ntitel: typo\n", 2, "titel")]
    public void A_bad_value_names_its_line(string yaml, int line, string message)
    {
        using var dir = new TempDir();
        dir.Write("site.yml", yaml);
        var e = Assert.Throws<PaperSiteException>(() => SiteConfigLoader.Load(dir.Path));
        Assert.Equal(("site.yml", line), (e.Diagnostic.File, e.Diagnostic.Line));
        Assert.Contains(message, e.Message);
    }
}
