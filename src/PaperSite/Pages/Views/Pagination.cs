namespace PaperSite.Pages.Views;

/// <summary>Where a paginated page stands among its pages.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageCount">Number of pages.</param>
/// <param name="PreviousUrl">Link to the page before, or null on the first.</param>
/// <param name="NextUrl">Link to the page after, or null on the last.</param>
/// <param name="Pages">Every page's link, the current one marked.</param>
public sealed record Pagination(int Page, int PageCount, string? PreviousUrl, string? NextUrl, IReadOnlyList<LinkView> Pages)
{
    /// <summary>True when there is more than one page.</summary>
    public bool IsPaged => PageCount > 1;
}
