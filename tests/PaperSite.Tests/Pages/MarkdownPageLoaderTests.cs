using PaperSite.Configuration;
using PaperSite.Diagnostics;
using PaperSite.Pages;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Pages;

/// <summary>A page's Markdown can neither crash the build nor put script on the site.</summary>
public sealed class MarkdownPageLoaderTests
{
    private static readonly SiteUrls Urls = new("https://example.org/site/");

    [Theory]
    [InlineData("# About\n\nSee [this](javascript:alert(1)).\n", 3, "a javascript: link")]
    [InlineData("---\ntitle: T\n---\nFine.\n\n[x](&#106;ava&#x09;script:alert(1))\n", 6, "a javascript: link")]
    [InlineData("Line one.\n<JavaScript:alert(1)>\n", 2, "a javascript: link")]
    [InlineData("[x][ref]\n\n[ref]: vbscript:msgbox(1)\n", 1, "a vbscript: link")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD4=)\n", 1, "a data: link")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)\n", 1, "a data: link")]
    [InlineData("Text.\n\n[x](/archive/){onclick=\"alert(1)\"}\n", 3, "the attribute 'onclick'")]
    [InlineData("# Title {onmouseover=alert(1)}\n", 1, "the attribute 'onmouseover'")]
    [InlineData("[x](/archive/){data-x=\"javascript:alert(1)\"}\n", 1, "a javascript: URL in the attribute 'data-x'")]
    [InlineData("---\ntitle: A\ndescription: D\ntitle: B\n---\nText.\n", 4, "'title' is given twice")]
    [InlineData("---\ntitle: A\nnav_order: 2147483647\n---\nText.\n", 3, "nav_order must be between -1000 and 1000")]
    [InlineData("---\ndescription: D\ntitle: ' '\n---\nText.\n", 3, "title is empty")]
    [InlineData("Fine.\n\nA bell\u0007 here.\n", 3, "a control character or noncharacter (U+0007)")]
    [InlineData("Fine.\r\rA next line\u0085 here.\n", 3, "a control character or noncharacter (U+0085)")]
    [InlineData("---\ntitle: \"T\\x1b\"\n---\nText.\n", 2, "control character or noncharacter (U+001B)")]
    [InlineData("Fine.\n\nText &#x9b; here.\n", 3, "the character reference '&#x9b;' stands for a control character or noncharacter (U+009B)")]
    public void A_page_that_would_run_script_or_is_malformed_is_an_error_on_its_line(string markdown, int line, string message)
    {
        using var dir = new TempDir();
        dir.Write("about.md", markdown);
        var e = Assert.Throws<PaperSiteException>(() => MarkdownPageLoader.LoadAll(Directory.GetFiles(dir.Path, "*.md"), Urls));
        Assert.Equal(("pages/about.md", line), (e.Diagnostic.File, e.Diagnostic.Line));
        Assert.Contains(message, e.Message);
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("- ")]
    [InlineData("[")]
    [InlineData("*")]
    public void Markdown_nested_50000_deep_is_an_error_not_a_crash(string opener)
    {
        using var dir = new TempDir();
        var nested = opener == "*"
            ? new string('*', 50_000) + "x" + new string('*', 50_000)
            : string.Concat(Enumerable.Repeat(opener, 50_000)) + "x";
        dir.Write("about.md", "---\ntitle: Deep\n---\nFine.\n\n" + nested + "\n\nFine again.\n");
        var e = Assert.Throws<PaperSiteException>(() => MarkdownPageLoader.LoadAll(Directory.GetFiles(dir.Path, "*.md"), Urls));
        Assert.Equal(("pages/about.md", 6), (e.Diagnostic.File, e.Diagnostic.Line));
        Assert.Contains("nested too deeply", e.Message);
    }

    [Fact]
    public void Two_files_that_make_the_same_page_are_an_error_naming_both()
    {
        using var dir = new TempDir();
        dir.Write("about-us.md", "One.\n");
        dir.Write("About_Us.md", "Two.\n");
        var e = Assert.Throws<PaperSiteException>(() => MarkdownPageLoader.LoadAll(Directory.GetFiles(dir.Path, "*.md"), Urls));
        Assert.Equal("pages/about-us.md", e.Diagnostic.File);
        Assert.Contains("pages/About_Us.md is the same page (about-us/)", e.Message);
    }

    [Fact]
    public void A_page_named_like_a_windows_device_is_an_error()
    {
        using var dir = new TempDir();
        dir.Write("aux.md", "Text.\n");
        var e = Assert.Throws<PaperSiteException>(() => MarkdownPageLoader.LoadAll(Directory.GetFiles(dir.Path, "*.md"), Urls));
        Assert.Equal("pages/aux.md", e.Diagnostic.File);
        Assert.Contains("'aux' is a device name on Windows", e.Message);
    }

    [Fact]
    public void Ordinary_links_and_raster_data_images_are_kept()
    {
        using var dir = new TempDir();
        dir.Write("about.md", "[a](/archive/) [b](https://example.com/) [c](mailto:x@example.com) ![d](data:image/png;base64,iVBORw0KGgo=) [javascript](x/)\n");
        var page = Assert.Single(MarkdownPageLoader.LoadAll(Directory.GetFiles(dir.Path, "*.md"), Urls));
        Assert.Contains("href=\"/site/archive/\"", page.Html);
        Assert.Contains("src=\"data:image/png;base64,iVBORw0KGgo=\"", page.Html);
    }

    [Fact]
    public void A_script_link_stops_the_build_before_anything_is_written()
    {
        using var input = new InputCopy(withDumps: false);
        input.Write("input/dumps/2024-05-01.txt", "A Paper\nAn abstract long enough to be an abstract of a paper.\n");
        input.Write("input/pages/about.md", "# About\n\n[Click](javascript:alert(document.cookie))\n");
        var e = Assert.Throws<PaperSiteException>(() => SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/")));
        Assert.Equal(("pages/about.md", 3), (e.Diagnostic.File, e.Diagnostic.Line));
        Assert.False(Directory.Exists(input.Output) && Directory.EnumerateFileSystemEntries(input.Output).Any(), "nothing is written");
    }
}
