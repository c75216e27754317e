using PaperSite.Output;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Output;

/// <summary>A site near or over GitHub Pages' 1 GB is a warning naming where its bytes are.</summary>
public sealed class PagesSizeLimitTests
{
    private static OutputFileInfo File(string path, long length) => new(path, length, "hash");

    [Fact]
    public void A_site_well_under_the_limit_gets_no_warning()
    {
        Assert.Null(PagesSizeLimit.Check([File("papers/a/index.html", 500_000_000), File("index.html", 399_999_999)], "output/"));
    }

    [Fact]
    public void A_site_over_nine_tenths_of_the_limit_is_close_to_it()
    {
        var warning = PagesSizeLimit.Check([File("papers/a/index.html", 600_000_000), File("search/p.json", 300_000_001)], "output/");

        Assert.NotNull(warning);
        Assert.Equal("output/: warning: the site is 900 MB in 2 files, close to GitHub Pages' limit of 1 GB (largest: papers/ 600 MB, search/ 300 MB); "
            + "build it from fewer dumps, or publish it on a host without that limit", warning.ToString());
    }

    [Fact]
    public void A_site_over_the_limit_says_publishing_may_fail_and_names_its_three_largest_folders()
    {
        OutputFileInfo[] files =
        [
            File("papers/a/index.html", 300_000_000),
            File("papers/b/index.html", 120_000_000),
            File("topics/x/index.html", 310_000_000),
            File("search/index/p.json", 277_000_000),
            File("digests/d/index.html", 20_000_000),
            File("feed.xml", 1_000_000),
        ];

        var warning = PagesSizeLimit.Check(files, "site/");

        Assert.NotNull(warning);
        Assert.Equal("site/", warning.File);
        Assert.Contains("the site is 1.03 GB in 6 files, over GitHub Pages' limit of 1 GB, so publishing it there may fail", warning.Message);
        Assert.Contains("(largest: papers/ 420 MB, topics/ 310 MB, search/ 277 MB)", warning.Message);
    }

    [Fact]
    public void The_build_reports_the_warning_and_still_writes_the_site()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output) { Check = false };

        var normal = SiteBuilder.Build(options);
        var small = SiteBuilder.Build(options with { PagesLimit = 1_000_000 });

        Assert.DoesNotContain(normal.Warnings, w => w.File == "output/");
        var warning = Assert.Single(small.Warnings, w => w.File == "output/");
        Assert.Contains("over GitHub Pages' limit of 1 MB", warning.Message);
        Assert.True(System.IO.File.Exists(Path.Combine(input.Output, "index.html")));
    }
}
