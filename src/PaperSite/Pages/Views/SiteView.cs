namespace PaperSite.Pages.Views;

/// <summary>What every template can use as <c>site</c>.</summary>
/// <param name="Title">Site title.</param>
/// <param name="Description">Site description.</param>
/// <param name="Author">Curator's name.</param>
/// <param name="Language">BCP 47 language for <c>&lt;html lang&gt;</c>.</param>
/// <param name="BaseUrl">Absolute base URL, ending in <c>/</c>.</param>
/// <param name="BasePath">Base path, e.g. <c>/repo/</c>.</param>
/// <param name="HomeUrl">Link to the home page.</param>
/// <param name="SearchUrl">Link to the search page (the header's search form posts there).</param>
/// <param name="FeedUrl">Absolute URL of the site feed.</param>
/// <param name="OpmlUrl">Link to <c>feeds.opml</c>.</param>
internal sealed record SiteView(
    string Title,
    string Description,
    string Author,
    string Language,
    string BaseUrl,
    string BasePath,
    string HomeUrl,
    string SearchUrl,
    string FeedUrl,
    string OpmlUrl);
