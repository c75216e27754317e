using AngleSharp.Html.Parser;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Site;

/// <summary>Digests are titled for readers: by date, "Undated digest N", or as site.yml's <c>digests:</c> says.</summary>
public sealed class DigestTitleTests
{
    private const string Undated = "000_10d969f1bbf846d3";

    [Fact]
    public void Undated_digests_are_numbered_not_named_by_file()
    {
        using var input = Site(digests: "");
        var report = SiteBuilder.Build(Options(input));

        var home = Read(input, "index.html");
        Assert.DoesNotContain(Undated, home.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Undated digest 1", Read(input, "archive/index.html").Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Undated digest 2", Read(input, "digests/zz-notes/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Monday 11 March 2024", Read(input, "digests/2024-03-11/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Site_yml_titles_any_digest_by_file_name()
    {
        using var input = Site(digests: $"digests:\n  {Undated}.txt: Spring reading list\n  2024-03-11: Launch day\n  gone.txt: Nobody\n");
        var report = SiteBuilder.Build(Options(input));

        Assert.Equal("Spring reading list", Read(input, $"digests/{Undated.Replace('_', '-')}/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Launch day", Read(input, "digests/2024-03-11/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Undated digest 2", Read(input, "digests/zz-notes/index.html").QuerySelector("h1")!.TextContent.Trim());
        var paper = Directory.GetDirectories(Path.Combine(input.Output, "papers")).Select(d => File.ReadAllText(Path.Combine(d, "index.html")));
        Assert.Contains(paper, html => html.Contains("Spring reading list", StringComparison.Ordinal));
        var warning = Assert.Single(report.Warnings);
        Assert.Equal("site.yml", warning.File);
        Assert.Contains("'gone.txt'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_set_after_a_build_reaches_the_next_build()
    {
        using var input = Site(digests: "");
        SiteBuilder.Build(Options(input));
        File.AppendAllText(Path.Combine(input.Input, "site.yml"), "digests:\n  zz-notes.txt: Notes\n");
        SiteBuilder.Build(Options(input));

        Assert.Equal("Notes", Read(input, "digests/zz-notes/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Notes", Read(input, "archive/index.html").Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Notes", Read(input, "papers/second-undated-paper/index.html").Body!.TextContent, StringComparison.Ordinal);
    }

    private static InputCopy Site(string digests)
    {
        var input = new InputCopy(withDumps: false);
        var abstractText = "An abstract long enough to read as the abstract of a paper, with a few more words.";
        input.Write($"input/dumps/{Undated}.txt", $"First Undated Paper\n{abstractText}\n");
        input.Write("input/dumps/zz-notes.txt", $"Second Undated Paper\n{abstractText}\n");
        input.Write("input/dumps/2024-03-11.txt", $"A Dated Paper\n{abstractText}\n");
        if (digests.Length > 0)
        {
            var siteYml = Path.Combine(input.Input, "site.yml");
            File.AppendAllText(siteYml, digests);
        }

        return input;
    }

    private static BuildOptions Options(InputCopy input) => new(input.Input, input.Theme, input.Output, "https://example.org/");

    private static AngleSharp.Html.Dom.IHtmlDocument Read(InputCopy input, string sitePath) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(input.Output, sitePath)));
}
