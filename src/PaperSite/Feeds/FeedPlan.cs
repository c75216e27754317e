using PaperSite.Configuration;
using PaperSite.Model;
using PaperSite.Output;

namespace PaperSite.Feeds;

/// <summary>The site's feeds: the whole site's newest papers, and each topic's.</summary>
internal static class FeedPlan
{
    /// <summary>A feed and the job that writes it.</summary>
    public sealed record PlannedFeed(FeedDescriptor Descriptor, FileJob Job);

    /// <summary>Every feed of the content: <c>feed.xml</c> first, then topics in taxonomy order.</summary>
    public static IEnumerable<PlannedFeed> For(ContentIndex index, SiteUrls urls)
    {
        var content = index.Content;
        var config = content.Config;
        var writer = new RssFeedWriter(config, urls, content.Topics);

        var site = new FeedDescriptor(SiteUrls.FeedFile, config.Title, config.Description, "");
        yield return Plan(site, index.NewestFirst.Take(config.FeedSize).ToList());

        foreach (var topic in content.Topics)
        {
            var feed = new FeedDescriptor(
                SiteUrls.TopicFeed(topic.Slug),
                $"{topic.Name} \u00B7 {config.Title}",
                Markdig.Markdown.ToPlainText(topic.Description).Trim() is { Length: > 0 } d ? d : topic.Name,
                SiteUrls.Topic(topic.Slug));
            yield return Plan(feed, index.PapersIn(topic.Slug).Take(config.FeedSize).ToList());
        }

        PlannedFeed Plan(FeedDescriptor feed, IReadOnlyList<Paper> papers) =>
            new(feed, new FileJob(feed.SitePath, () => writer.Write(feed, papers)));
    }
}
