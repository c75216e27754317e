namespace PaperSite.Checking;

/// <summary>A check run on every HTML page; pages are parsed once and shared, on several threads at once.</summary>
internal interface IPageCheck
{
    /// <summary>Adds the problems of <paramref name="page"/> to <paramref name="problems"/>.</summary>
    void Check(HtmlPage page, CheckContext site, ProblemList problems);
}
