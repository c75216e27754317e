namespace PaperSite.Tests.Checking;

public sealed class FeedCheckTests
{
    private const string Feed = "topics/nlp/feed.xml";

    [Fact]
    public void A_feed_that_is_not_well_formed_is_malformed()
    {
        using var site = TestSite.Clean().Replace(Feed, "</channel>", "");
        Expect.Problems(site, $"{Feed} | feed-malformed | ");
    }

    [Fact]
    public void An_rss_feed_must_be_version_2()
    {
        using var site = TestSite.Clean().Replace(Feed, """<rss version="2.0" """, """<rss version="0.92" """);
        Expect.Problems(site, $"{Feed} | feed-malformed | 0.92");
    }

    [Fact]
    public void A_feed_needs_a_self_link()
    {
        using var site = TestSite.Clean().Replace(Feed, """<atom:link href="{url}topics/nlp/feed.xml" rel="self" type="application/rss+xml"/>""", "");
        Expect.Problems(site, $"{Feed} | feed-no-self-link | ");
    }

    [Fact]
    public void A_self_link_outside_the_atom_namespace_does_not_count()
    {
        using var site = TestSite.Clean().Replace(Feed, "<atom:link ", "<link ");
        Expect.Problems(site, $"{Feed} | feed-no-self-link | ");
    }

    [Fact]
    public void The_self_link_must_be_the_feeds_own_absolute_url()
    {
        using var site = TestSite.Clean().Replace(Feed, """<atom:link href="{url}topics/nlp/feed.xml" """, """<atom:link href="{url}feed.xml" """);
        Expect.Problems(site, $"{Feed} | feed-wrong-self-link | https://owner.github.io/repo/feed.xml");
    }

    [Fact]
    public void The_channel_needs_title_link_and_description()
    {
        using var site = TestSite.Clean().Replace(Feed, "<description>Papers about NLP.</description>", "");
        Expect.Problems(site, $"{Feed} | feed-missing-field | description");
    }

    [Fact]
    public void Item_links_and_guids_must_be_absolute()
    {
        using var site = TestSite.Clean()
            .Replace(Feed, "<link>{url}papers/attention/</link>", "<link>{base}papers/attention/</link>")
            .Replace(Feed, "<guid>{url}papers/attention/</guid>", "<guid>papers/attention/</guid>");

        Expect.Problems(site,
            $"{Feed} | feed-relative-url | /repo/papers/attention/",
            $"{Feed} | feed-relative-url | papers/attention/");
    }

    [Fact]
    public void A_guid_that_is_not_a_permalink_may_be_any_id()
    {
        using var site = TestSite.Clean().Replace(Feed, "<guid>{url}papers/attention/</guid>", """<guid isPermaLink="false">paper-attention</guid>""");
        Expect.Problems(site);
    }

    [Fact]
    public void Item_links_on_other_hosts_are_foreign()
    {
        using var site = TestSite.Clean().Replace(Feed, "<guid>{url}papers/attention/</guid>", "<guid>https://example.com/attention</guid>");
        Expect.Problems(site, $"{Feed} | feed-foreign-url | https://example.com/attention");
    }

    [Fact]
    public void Item_links_to_missing_pages_are_broken()
    {
        using var site = TestSite.Clean().Replace(Feed, "<link>{url}papers/attention/</link>", "<link>{url}papers/attn/</link>");
        Expect.Problems(site, $"{Feed} | feed-broken-link | https://owner.github.io/repo/papers/attn/");
    }

    [Fact]
    public void Links_in_descriptions_must_be_absolute_but_may_be_on_other_hosts()
    {
        using var site = TestSite.Clean().Replace(Feed, "&lt;a href=\"{url}papers/attention/\"&gt;", "&lt;a href=\"../bert/\"&gt;&lt;img src=\"{base}assets/logo.png\"&gt;");
        Expect.Problems(site,
            $"{Feed} | feed-relative-url | ../bert/",
            $"{Feed} | feed-relative-url | /repo/assets/logo.png");
    }

    [Fact]
    public void Guids_must_not_repeat()
    {
        using var site = TestSite.Clean().Replace("feed.xml", "<guid>{url}papers/bert/</guid>", "<guid>{url}papers/attention/</guid>");
        Expect.Problems(site, "feed.xml | feed-duplicate-guid | https://owner.github.io/repo/papers/attention/");
    }

    [Fact]
    public void An_atom_feed_follows_the_same_url_rules()
    {
        using var site = TestSite.Clean()
            .File("topics/nlp/atom.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <id>{url}topics/nlp/</id>
                  <title>NLP</title>
                  <updated>2024-03-11T00:00:00Z</updated>
                  <author><name>Team</name></author>
                  <link rel="self" href="{url}topics/nlp/atom.xml"/>
                  <entry>
                    <id>{url}papers/attention/</id>
                    <title>Attention</title>
                    <updated>2024-03-11T00:00:00Z</updated>
                    <link href="{base}papers/attention/"/>
                    <content type="html">&lt;a href="https://arxiv.org/abs/1"&gt;arXiv&lt;/a&gt;</content>
                  </entry>
                  <entry>
                    <id>tag:example.org,2024:bert</id>
                    <updated>2024-03-11T00:00:00Z</updated>
                    <link rel="alternate" href="{url}papers/bert/"/>
                    <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><a href="../x/">x</a></div></summary>
                  </entry>
                </feed>
                """)
            .Replace("feeds.opml", "</body>", """<outline type="rss" text="NLP (Atom)" xmlUrl="{url}topics/nlp/atom.xml"/></body>""");

        var report = site.Check();

        Assert.Equal(3, report.FeedsChecked);
        Expect.Problems(site,
            "topics/nlp/atom.xml | feed-missing-field | title",
            "topics/nlp/atom.xml | feed-relative-url | ../x/",
            "topics/nlp/atom.xml | feed-relative-url | /repo/papers/attention/");
    }
}
