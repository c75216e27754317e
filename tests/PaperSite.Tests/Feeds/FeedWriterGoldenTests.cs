using System.Text;
using PaperSite.Configuration;
using PaperSite.Feeds;
using PaperSite.Model;
using PaperSite.Papers;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Feeds;

/// <summary>
/// Golden tests of what feed readers receive when every text holds markup, entities and
/// characters XML forbids: the description as HTML-escaped text, titles with character references.
/// </summary>
public sealed class FeedWriterGoldenTests
{
    private const string Hostile = "<img src=x onerror=alert(1)> & &amp; \"q\" 'a' ]]> \u0007";

    private static readonly SiteUrls Urls = new("https://example.org/site/");

    private static readonly Topic Topic = new("t", $"Topic {Hostile}", "", ["t"], [], 2);

    [Fact]
    public void Rss_item_and_channel_texts()
    {
        var config = new SiteConfig { Title = $"Site {Hostile}", Description = $"About {Hostile}" };
        var paper = new Paper("p", $"Title {Hostile}", PaperTexts.Of($"Abstract {Hostile} <script>alert(2)</script>"), [new Appearance("2024-03-11", new DateOnly(2024, 3, 11), "2024-03-11.txt", 1)])
        {
            Topics = [new TopicMatch("t", "t", true, 3)],
        };
        var feed = new FeedDescriptor("feed.xml", config.Title, config.Description, "");
        var bytes = new RssFeedWriter(config, Urls, [Topic]).Write(feed, [paper]);

        Golden.AssertMatches(Path.Combine(RepoPaths.Golden, "Feeds", "hostile.rss.expected"), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Opml_outline_texts()
    {
        var feed = new FeedDescriptor("topics/t/feed.xml", Topic.Name, "", "topics/t/");
        var bytes = OpmlWriter.Write($"Site {Hostile}", Urls, [feed]);

        Golden.AssertMatches(Path.Combine(RepoPaths.Golden, "Feeds", "hostile.opml.expected"), Encoding.UTF8.GetString(bytes));
    }
}
