using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PaperSite.Configuration;

namespace PaperSite.Checking;

/// <summary>
/// An HTML page of the output, parsed once and walked once: every check reads what the walk
/// collected instead of querying the document again (a selector query or tag-name lookup walks
/// the whole tree each time).
/// </summary>
internal sealed class HtmlPage
{
    private readonly List<UrlAttribute> _urls = [];
    private bool _hasTitle;
    private bool _hasDescription;

    /// <summary>Walks <paramref name="document"/> once, collecting what the page checks need.</summary>
    /// <param name="file">Its site path, e.g. <c>papers/x/index.html</c>.</param>
    /// <param name="document">The parsed document; it may be disposed once this page is built.</param>
    public HtmlPage(string file, IHtmlDocument document)
    {
        File = file;
        var head = document.Head;
        Walk(document, head, insideHead: false);
    }

    /// <summary>Its site path, e.g. <c>papers/x/index.html</c>.</summary>
    public string File { get; }

    /// <summary>Every URL the browser fetches or navigates to, in document order; see <see cref="UrlAttribute.Collect"/>.</summary>
    public IReadOnlyList<UrlAttribute> Urls => _urls;

    /// <summary>How many <c>h1</c> elements the page has.</summary>
    public int HeadingCount { get; private set; }

    /// <summary>The text of the first <c>title</c> inside the head, or null when there is none.</summary>
    public string? Title { get; private set; }

    /// <summary>The <c>content</c> of the first <c>&lt;meta name="description"&gt;</c>, or null when there is none or it has no content.</summary>
    public string? Description { get; private set; }

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
    public bool IsNotFoundPage => File == SiteUrls.NotFoundPage;

    /// <summary>Depth-first in document order, as <c>Descendants</c> and selector queries go; pages are a few levels deep.</summary>
    private void Walk(INode parent, IHtmlHeadElement? head, bool insideHead)
    {
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement element)
            {
                continue;
            }

            Visit(element, insideHead);
            if (element.HasChildNodes)
            {
                Walk(element, head, insideHead || ReferenceEquals(element, head));
            }
        }
    }

    private void Visit(IElement element, bool insideHead)
    {
        switch (element.LocalName)
        {
            case "h1":
                HeadingCount++;
                break;
            case "title" when insideHead && !_hasTitle:
                _hasTitle = true;
                Title = element.TextContent;
                break;
            case "meta" when !_hasDescription && element.GetAttribute("name") == "description":
                _hasDescription = true;
                Description = element.GetAttribute("content");
                break;
        }

        UrlAttribute.Collect(element, _urls);
    }
}
