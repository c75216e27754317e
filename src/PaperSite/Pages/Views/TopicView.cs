namespace PaperSite.Pages.Views;

/// <summary>One page of a topic's papers.</summary>
/// <param name="Name">Topic name.</param>
/// <param name="Url">The topic's first page.</param>
/// <param name="DescriptionHtml">The description, rendered from Markdown.</param>
/// <param name="FeedUrl">The topic's RSS feed (root-absolute).</param>
/// <param name="PaperCount">Papers in the topic.</param>
/// <param name="Papers">This page's papers, newest first.</param>
/// <param name="Pagination">Links to the other pages.</param>
public sealed record TopicView(
    string Name,
    string Url,
    string DescriptionHtml,
    string FeedUrl,
    int PaperCount,
    IReadOnlyList<PaperCard> Papers,
    Pagination Pagination);

/// <summary>A topic in a list, with its paper count.</summary>
/// <param name="Name">Topic name.</param>
/// <param name="Url">Topic page.</param>
/// <param name="PaperCount">Papers in the topic.</param>
/// <param name="DescriptionHtml">The description, rendered from Markdown.</param>
public sealed record TopicSummary(string Name, string Url, int PaperCount, string DescriptionHtml);
