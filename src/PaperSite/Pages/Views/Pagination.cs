namespace PaperSite.Pages.Views;

/// <summary>
/// Links from a topic page to its neighbours. A numbered page links only to its two neighbours
/// (no page count, no list of pages), so adding a page changes no page but the one before it.
/// </summary>
/// <param name="NewerUrl">The page of the next newer papers (the front page after the newest numbered page), or null on the front page.</param>
/// <param name="OlderUrl">The page of the next older papers, or null on page 1 and on a front page without numbered pages.</param>
/// <param name="Pages">On the front page, every numbered page, newest first, titled with the papers it holds ("51–100"); empty on numbered pages.</param>
internal sealed record Pagination(string? NewerUrl, string? OlderUrl, IReadOnlyList<LinkView> Pages)
{
    /// <summary>True when there is a page to link to.</summary>
    public bool IsPaged => NewerUrl is not null || OlderUrl is not null;
}
