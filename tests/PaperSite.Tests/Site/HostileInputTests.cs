using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Site;

/// <summary>Titles and abstracts are data: markup and template syntax in them are shown, never run.</summary>
public sealed class HostileInputTests
{
    private const string Title = "<img src=x onerror=alert(1)> Hostile {{site.title}} {{{page.title}}} Paper";
    private const string Abstract = "An abstract with <script>alert('x')</script> and {{#each x}}loop{{/each}} & an ampersand, plus a link https://github.com/o/r\"onmouseover=alert(1). Done.";

    [Fact]
    public void Markup_and_template_syntax_are_shown_literally()
    {
        using var input = new InputCopy(withDumps: false);
        input.Write("input/dumps/2024-05-01.txt", $"{Title}\n{Abstract}\n");
        SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/"));

        var paperDir = Assert.Single(Directory.GetDirectories(Path.Combine(input.Output, "papers")));
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(paperDir, "index.html")));
        Assert.Equal(Title, doc.QuerySelector("h1")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("main img, main script, body script"));
        Assert.Equal(Abstract, doc.QuerySelector(".abstract")!.TextContent);
        var link = Assert.Single(doc.QuerySelectorAll(".abstract a"));
        Assert.Equal("https://github.com/o/r", link.GetAttribute("href"));
        Assert.Null(link.GetAttribute("onmouseover"));

        var feed = XDocument.Load(Path.Combine(input.Output, "feed.xml"));
        Assert.Equal(Title, feed.Descendants("item").Single().Element("title")!.Value);
    }

    [Fact]
    public void Markup_in_an_abstract_stays_text_in_feed_readers()
    {
        using var input = new InputCopy(withDumps: false);
        const string Tag = "<img src=https://evil.example.com/x.png onerror=alert(1)>";
        input.Write("input/dumps/2024-05-01.txt", $"A <b>Bold</b> & Title\nAn abstract with {Tag} in it, and more words so it reads as an abstract.\n");
        SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/"));

        var item = XDocument.Load(Path.Combine(input.Output, "feed.xml")).Descendants("item").Single();
        var description = item.Element("description")!.Value;

        // A reader parses the description as HTML: what it shows must be the abstract, with no element in it.
        var shown = new HtmlParser().ParseFragment(description, new HtmlParser().ParseDocument("").Body!);
        Assert.DoesNotContain(shown, n => n is AngleSharp.Dom.IElement);
        Assert.Contains(Tag, string.Concat(shown.Select(n => n.TextContent)));
        Assert.Equal("A <b>Bold</b> & Title", item.Element("title")!.Value);
        Assert.Contains("<title>A &#x3C;b&#x3E;Bold&#x3C;/b&#x3E; &#x26; Title</title>", File.ReadAllText(Path.Combine(input.Output, "feed.xml")));
    }

    [Fact]
    public void A_script_link_in_a_topic_description_stops_the_build_before_anything_is_written()
    {
        using var input = new InputCopy(withDumps: false);
        input.Write("input/dumps/2024-05-01.txt", "A Paper\nAn abstract long enough to be an abstract of a paper.\n");
        input.Write("input/topics.yml", "topics:\n  - name: Graphs\n    phrases: [graph]\n    description: '[Graphs](JavaScript:alert(document.domain))'\n");
        var e = Assert.Throws<PaperSite.Diagnostics.PaperSiteException>(() => SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/")));
        Assert.Equal(("topics.yml", 2), (e.Diagnostic.File, e.Diagnostic.Line));
        Assert.Contains("javascript: link", e.Message);
        Assert.False(Directory.Exists(input.Output) && Directory.EnumerateFileSystemEntries(input.Output).Any(), "nothing is written");
    }

    [Fact]
    public void Xml_illegal_characters_are_dropped_from_feeds()
    {
        using var input = new InputCopy(withDumps: false);
        input.Write("input/dumps/2024-05-01.txt", "Bell\u0007 Title\nAn abstract with a vertical tab\u000B in it, which XML forbids.\n");
        SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/"));
        Assert.Equal("Bell Title", XDocument.Load(Path.Combine(input.Output, "feed.xml")).Descendants("item").Single().Element("title")!.Value);
    }

    [Fact]
    public void Characters_no_page_can_show_are_removed_from_dumps_and_reported()
    {
        using var input = new InputCopy(withDumps: false);
        var padding = string.Concat(Enumerable.Repeat("padding ", 1100));
        input.Write("input/dumps/2024-05-01.txt", $"A \u0085Ctrl\u0007 Title\nAn abstract past the binary check's sample: {padding}NUL\0 and \u009b,\uFFFE end.\n");
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/");

        // The second build takes the dump from the cache and makes the abstract of its bytes again.
        foreach (var report in new[] { SiteBuilder.Build(options), SiteBuilder.Build(options) })
        {
            Assert.Equal([1, 2], report.Warnings.Where(w => w.Message.Contains("which no page can show", StringComparison.Ordinal)).Select(w => w.Line));
            var page = File.ReadAllText(Path.Combine(input.Output, "papers", "a-ctrl-title", "index.html"));
            Assert.DoesNotContain(page, c => char.IsControl(c) && c is not ('\n' or '\t' or '\r') || c == '\uFFFE');
            Assert.Contains("<h1>A Ctrl Title</h1>", page, StringComparison.Ordinal);
            Assert.Contains("NUL and , end.", page, StringComparison.Ordinal);
        }
    }
}
