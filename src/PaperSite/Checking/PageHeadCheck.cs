namespace PaperSite.Checking;

/// <summary>
/// Checks what every page needs for readers, search engines and screen readers: exactly one
/// <c>&lt;h1&gt;</c>, a non-empty <c>&lt;title&gt;</c> and a non-empty meta description.
/// </summary>
internal sealed class PageHeadCheck : IPageCheck
{
    /// <inheritdoc/>
    public void Check(HtmlPage page, CheckContext site, ProblemList problems)
    {
        if (page.HeadingCount != 1)
        {
            problems.Add(page.File, ProblemKinds.H1Count, $"has {page.HeadingCount} <h1> elements, not 1", "h1");
        }

        if (string.IsNullOrWhiteSpace(page.Title))
        {
            problems.Add(page.File, ProblemKinds.MissingTitle, "has no <title> text", "title");
        }

        if (string.IsNullOrWhiteSpace(page.Description))
        {
            problems.Add(page.File, ProblemKinds.MissingDescription, "has no non-empty <meta name=\"description\">", "meta[name=description]");
        }
    }
}
