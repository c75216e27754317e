namespace PaperSite.Feeds;

/// <summary>A feed of the site: where it is and what it is called.</summary>
/// <param name="SitePath">Path in the site, e.g. <c>topics/x/feed.xml</c>.</param>
/// <param name="Title">Channel title.</param>
/// <param name="Description">Channel description.</param>
/// <param name="PageSitePath">The HTML page the feed follows (home or the topic's page).</param>
internal sealed record FeedDescriptor(string SitePath, string Title, string Description, string PageSitePath);
