namespace PaperSite.Tests.Checking;

public sealed class PageHeadCheckTests
{
    [Fact]
    public void A_page_needs_exactly_one_h1()
    {
        using var site = TestSite.Clean()
            .Page("papers/bert/index.html", "<h1>Second</h1>")
            .Html("404.html", TestSite.PageHtml("Not found", "", "<p>No heading</p>"));

        Expect.Problems(site,
            "404.html | h1-count | h1",
            "papers/bert/index.html | h1-count | h1");
    }

    [Fact]
    public void A_page_needs_a_title()
    {
        using var site = TestSite.Clean().Html("papers/bert/index.html", TestSite.PageHtml("  ", "", "<h1>BERT</h1>"));
        Expect.Problems(site, "papers/bert/index.html | missing-title | title");
    }

    [Fact]
    public void A_page_needs_a_description()
    {
        using var site = TestSite.Clean()
            .Replace("papers/bert/index.html", """<meta name="description" content="About BERT.">""", """<meta name="description" content="">""")
            .Replace("404.html", """<meta name="description" content="About Not found.">""", "");

        Expect.Problems(site,
            "404.html | missing-description | meta[name=description]",
            "papers/bert/index.html | missing-description | meta[name=description]");
    }
}
