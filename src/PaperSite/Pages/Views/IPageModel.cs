namespace PaperSite.Pages.Views;

/// <summary>Every page model carries the site and the page's head and navigation, for the base layout.</summary>
internal interface IPageModel
{
    /// <summary>Site-wide values.</summary>
    SiteView Site { get; }

    /// <summary>This page's head tags and navigation.</summary>
    PageMeta Page { get; }
}
