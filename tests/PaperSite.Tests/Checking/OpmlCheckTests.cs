namespace PaperSite.Tests.Checking;

public sealed class OpmlCheckTests
{
    private const string NlpOutline = """<outline type="rss" text="NLP" xmlUrl="{url}topics/nlp/feed.xml" htmlUrl="{url}topics/nlp/"/>""";

    [Fact]
    public void Every_feed_in_the_output_must_be_listed()
    {
        using var site = TestSite.Clean().Replace("feeds.opml", NlpOutline, "");
        Expect.Problems(site, "feeds.opml | opml-missing-feed | https://owner.github.io/repo/topics/nlp/feed.xml");
    }

    [Fact]
    public void Every_listed_feed_must_be_a_feed_of_this_site()
    {
        using var site = TestSite.Clean().Replace("feeds.opml", NlpOutline, NlpOutline + """
            <outline type="rss" text="Gone" xmlUrl="{url}topics/cv/feed.xml"/>
            <outline type="rss" text="Page" xmlUrl="{url}topics/nlp/"/>
            <outline type="rss" text="Relative" xmlUrl="{base}feed.xml"/>
            <outline type="rss" text="Elsewhere" xmlUrl="https://example.com/feed.xml"/>
            """);

        Expect.Problems(site,
            "feeds.opml | opml-broken-feed | /repo/feed.xml",
            "feeds.opml | opml-broken-feed | https://example.com/feed.xml",
            "feeds.opml | opml-broken-feed | https://owner.github.io/repo/topics/cv/feed.xml",
            "feeds.opml | opml-broken-feed | https://owner.github.io/repo/topics/nlp/");
    }

    [Fact]
    public void The_opml_must_be_well_formed_opml_2()
    {
        using var site = TestSite.Clean().Replace("feeds.opml", """<opml version="2.0">""", """<opml version="1.0">""");
        Expect.Problems(site, "feeds.opml | opml-malformed | opml");
    }

    [Fact]
    public void The_opml_must_be_well_formed_xml()
    {
        using var site = TestSite.Clean().Replace("feeds.opml", "</body>", "");
        Expect.Problems(site, "feeds.opml | opml-malformed | ");
    }

    [Fact]
    public void A_missing_opml_is_a_missing_root_file()
    {
        using var site = TestSite.Clean().Delete("feeds.opml");
        Expect.Problems(site, "feeds.opml | missing-file | ");
    }
}
