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
    [InlineData("title: T\npapers_per_page: 0\n", 2, "papers_per_page must be between 1 and 1000, not 0")]
    [InlineData("title: T\n\nbase_url: /relative/\n", 3, "not an absolute http(s) URL")]
    [InlineData("title: T\ntitel: typo\n", 2, "titel")]
    [InlineData("title: T\nyear: 0\n", 2, "year must be between 1900 and 2099, not 0")]
    [InlineData("title: T\nyear: -5\n", 2, "year must be between 1900 and 2099, not -5")]
    [InlineData("title: T\nyear: 99999\n", 2, "year must be between 1900 and 2099, not 99999")]
    [InlineData("title: T\nrelated_count: 2147483647\n", 2, "related_count must be between 0 and 100")]
    [InlineData("title: T\nfeed_size: 1000000\n", 2, "feed_size must be between 1 and 1000")]
    [InlineData("description: D\ntitle: ~\n", 2, "title has no value")]
    [InlineData("title: T\nbase_url:\n", 2, "base_url has no value")]
    [InlineData("title: T\nauthor: ~\n", 2, "author has no value")]
    [InlineData("title: T\nlanguage: ~\n", 2, "language has no value")]
    [InlineData("title: T\nlanguage: \"en<x\"\n", 2, "is not a language tag")]
    [InlineData("title: T\nlanguage: \"en\\u0007\"\n", 2, "control character or noncharacter (U+0007)")]
    [InlineData("title: \"Bell\\a\"\n", 1, "control character or noncharacter (U+0007)")]
    [InlineData("title: ''\n", 1, "title is empty")]
    [InlineData("title: T\nyear: 2024.5\n", 2, "expected a whole number here")]
    [InlineData("title: T\nyear: 99999999999999999999\n", 2, "expected a whole number here")]
    [InlineData("title: T\ndescription: '  '\n", 2, "description is empty")]
    [InlineData("title: T\ndescription: \"NUL\\0\"\n", 2, "control character or noncharacter (U+0000)")]
    [InlineData("title: T\nauthor: \"Next\\NLine\"\n", 2, "control character or noncharacter (U+0085)")]
    [InlineData("title: T\ndigests:\n  a.txt: \"\\uFFFE\"\n", 3, "control character or noncharacter (U+FFFE)")]
    [InlineData("title: T\ndigests:\n  a.txt: \"\\U0010FFFF\"\n", 3, "control character or noncharacter (U+10FFFF)")]
    [InlineData("title: T\nbase_url: https://example.org/site/?x=1\n", 2, "has a query or fragment")]
    [InlineData("title: T\nbase_url: https://example.org/site/#top\n", 2, "has a query or fragment")]
    [InlineData("title: T\nbase_url: https://deploy:s3cret@example.org/site/\n", 2, "has a user name or password")]
    [InlineData("title: T\ndigests: ~\n", 2, "digests has no value")]
    [InlineData("title: T\ndigests:\n  a.txt:\n", 3, "digests: 'a.txt' has no title")]
    public void A_bad_value_names_its_line(string yaml, int line, string message)
    {
        using var dir = new TempDir();
        dir.Write("site.yml", yaml);
        var e = Assert.Throws<PaperSiteException>(() => SiteConfigLoader.Load(dir.Path));
        Assert.Equal(("site.yml", line), (e.Diagnostic.File, e.Diagnostic.Line));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void A_key_given_twice_is_an_error_on_the_second()
    {
        using var dir = new TempDir();
        dir.Write("site.yml", "title: First\nauthor: A\ntitle: Second\n");
        var e = Assert.Throws<PaperSiteException>(() => SiteConfigLoader.Load(dir.Path));
        Assert.Equal(("site.yml", 3), (e.Diagnostic.File, e.Diagnostic.Line));
        Assert.Equal("'title' is given twice; keep one", e.Message);
    }

    [Fact]
    public void Aliases_that_stand_for_too_many_values_are_refused_before_they_are_expanded()
    {
        // Each level repeats the one before ten times: 10^6 values from a dozen lines.
        var yaml = "title: T\ndigests:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + string.Concat(Enumerable.Range(1, 5).Select(i => $"  l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*l{i - 1}", 10))}]\n"));
        using var dir = new TempDir();
        dir.Write("site.yml", yaml);
        var e = Assert.Throws<PaperSiteException>(() => SiteConfigLoader.Load(dir.Path));
        Assert.Equal("site.yml", e.Diagnostic.File);
        Assert.Equal(7, e.Diagnostic.Line);
        Assert.Contains("more than 100,000 values", e.Message);
    }

    [Fact]
    public void Digest_titles_are_read_by_file_name()
    {
        using var dir = new TempDir();
        dir.Write("site.yml", "title: T\ndigests:\n  000_10d969f1bbf846d3.txt: Spring reading list\n");
        Assert.Equal("Spring reading list", SiteConfigLoader.Load(dir.Path).Digests["000_10d969f1bbf846d3.txt"]);
    }
}
