namespace PaperSite.Pages.Views;

/// <summary>One page of a topic's papers: its front page or a numbered page.</summary>
/// <param name="Name">Topic name.</param>
/// <param name="Url">The topic's front page.</param>
/// <param name="DescriptionHtml">The description, rendered from Markdown.</param>
/// <param name="FeedUrl">The topic's RSS feed (root-absolute).</param>
/// <param name="PaperCount">Papers in the topic, on the front page; null on a numbered page, which must not change as papers arrive.</param>
/// <param name="Range">On a numbered page, which of the topic's papers it holds; null on the front page.</param>
/// <param name="Papers">This page's papers, newest first.</param>
/// <param name="Pagination">Links to the other pages.</param>
internal sealed record TopicView(
    string Name,
    string Url,
    HtmlMarkup DescriptionHtml,
    string FeedUrl,
    int? PaperCount,
    PaperRange? Range,
    IReadOnlyList<PaperCard> Papers,
    Pagination Pagination);

/// <summary>Which papers of a topic a numbered page holds, counted from the topic's oldest paper (1).</summary>
/// <param name="First">Number of its oldest paper.</param>
/// <param name="Last">Number of its newest paper.</param>
/// <param name="Dates">When they appeared: "11 Mar 2024", "4 Mar 2024 – 11 Mar 2024", "up to 11 Mar 2024"
/// when the oldest are undated; null when none is dated.</param>
internal sealed record PaperRange(int First, int Last, string? Dates);

/// <summary>A topic in a list, with its paper count.</summary>
/// <param name="Name">Topic name.</param>
/// <param name="Url">Topic page.</param>
/// <param name="PaperCount">Papers in the topic.</param>
/// <param name="DescriptionHtml">The description, rendered from Markdown.</param>
internal sealed record TopicSummary(string Name, string Url, int PaperCount, HtmlMarkup DescriptionHtml);
