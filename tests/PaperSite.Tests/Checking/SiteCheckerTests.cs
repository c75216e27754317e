using PaperSite.Checking;
using PaperSite.Diagnostics;

namespace PaperSite.Tests.Checking;

public sealed class SiteCheckerTests
{
    [Theory]
    [InlineData("https://owner.github.io/repo/")]
    [InlineData("https://example.org/")]
    public void Clean_site_has_no_problems(string baseUrl)
    {
        using var site = TestSite.Clean(baseUrl);

        var report = site.Check();

        Assert.Empty(report.Problems);
        Assert.Equal(7, report.PagesChecked);
        Assert.Equal(2, report.FeedsChecked);
        Assert.Equal("checked 7 pages, 2 feeds: no problems", report.Summary());
    }

    [Fact]
    public void Root_files_must_exist()
    {
        using var site = TestSite.Clean().Delete(".nojekyll").Delete("robots.txt");

        Expect.Problems(site,
            ".nojekyll | missing-file | ",
            "robots.txt | missing-file | ");
    }

    [Fact]
    public void Problems_are_sorted_by_file_kind_and_where_and_summarised()
    {
        using var site = TestSite.Clean()
            .Page("papers/bert/index.html", title: "BERT", body: """<a href="{base}z/">z</a> <a href="{base}a/">a</a> <a href="/x/">x</a>""")
            .Page("index.html", title: "Home", body: """<a href="{base}b/">b</a>""");

        var report = site.Check();

        Assert.Equal(
            [
                "index.html: broken-link: <a href> names no file in the output (b/) (/repo/b/)",
                "papers/bert/index.html: broken-link: <a href> names no file in the output (a/) (/repo/a/)",
                "papers/bert/index.html: broken-link: <a href> names no file in the output (z/) (/repo/z/)",
                "papers/bert/index.html: escapes-base-path: <a href> points outside the base path /repo/ (/x/)",
            ],
            report.Problems.Select(p => p.ToString()));
        Assert.Equal("4 problems in 2 files", report.Summary());
    }

    [Fact]
    public void A_missing_output_folder_is_a_user_error()
    {
        var e = Assert.Throws<PaperSiteException>(() => SiteChecker.Check("/no/such/folder", "https://owner.github.io/repo/"));
        Assert.Contains("does not exist", e.Message);
    }

    [Fact]
    public void A_relative_base_url_is_a_user_error()
    {
        using var site = new TestSite();
        Assert.Throws<PaperSiteException>(() => SiteChecker.Check(site.Dir, "/repo/"));
    }

    [Fact]
    public void Checking_in_parallel_gives_the_same_report_as_one_thread()
    {
        using var site = TestSite.Clean();
        for (var i = 0; i < 40; i++)
        {
            site.Page($"papers/p{i}/index.html", body: $$"""<a href="{base}papers/p{{i + 1}}/">next</a> <a href="/p{{i}}/">bad</a>""");
        }

        var serial = SiteChecker.Check(site.Dir, site.BaseUrl, maxParallelism: 1);
        var parallel = SiteChecker.Check(site.Dir, site.BaseUrl, maxParallelism: 4);

        Assert.Equal(41, serial.Problems.Count);
        Assert.Equal(serial.Problems, parallel.Problems);
    }
}
