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
        var document = page.Document;
        var headings = document.GetElementsByTagName("h1").Length;
        if (headings != 1)
        {
            problems.Add(page.File, ProblemKinds.H1Count, $"has {headings} <h1> elements, not 1", "h1");
        }

        if (string.IsNullOrWhiteSpace(document.Head?.QuerySelector("title")?.TextContent))
        {
            problems.Add(page.File, ProblemKinds.MissingTitle, "has no <title> text", "title");
        }

        var description = document.QuerySelector("meta[name='description']")?.GetAttribute("content");
        if (string.IsNullOrWhiteSpace(description))
        {
            problems.Add(page.File, ProblemKinds.MissingDescription, "has no non-empty <meta name=\"description\">", "meta[name=description]");
        }
    }
}
