namespace PaperSite.Pages.Views;

/// <summary>What every template can use as <c>page</c>: head tags and navigation.</summary>
/// <param name="Title">The <c>&lt;title&gt;</c>: the page's own title and the site's.</param>
/// <param name="Heading">The page's own title (its h1).</param>
/// <param name="Description">Meta description.</param>
/// <param name="CanonicalUrl">Absolute canonical URL.</param>
/// <param name="OgType"><c>article</c> for papers, <c>website</c> otherwise.</param>
/// <param name="Feeds">Feeds for <c>&lt;link rel="alternate"&gt;</c>, absolute URLs.</param>
/// <param name="Nav">Main navigation, with the current section marked.</param>
/// <param name="Layout">The layout's name, for a body class.</param>
internal sealed record PageMeta(
    string Title,
    string Heading,
    string Description,
    string CanonicalUrl,
    string OgType,
    IReadOnlyList<LinkView> Feeds,
    IReadOnlyList<LinkView> Nav,
    string Layout);
