using AngleSharp.Html.Dom;

namespace PaperSite.Checking;

/// <summary>An HTML page of the output, parsed once and handed to every page check.</summary>
/// <param name="File">Its site path, e.g. <c>papers/x/index.html</c>.</param>
/// <param name="Document">The parsed document.</param>
internal sealed record HtmlPage(string File, IHtmlDocument Document)
{
    /// <summary>The folder relative links resolve against: <c>papers/x/</c> for <c>papers/x/index.html</c>, empty at the root.</summary>
    public string Folder
    {
        get
        {
            var slash = File.LastIndexOf('/');
            return slash < 0 ? "" : File[..(slash + 1)];
        }
    }

    /// <summary>True for the root <c>404.html</c>, which GitHub Pages serves at any depth.</summary>
    public bool IsNotFoundPage => File == "404.html";
}
