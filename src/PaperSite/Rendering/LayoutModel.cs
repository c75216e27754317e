using PaperSite.Pages.Views;

namespace PaperSite.Rendering;

/// <summary>What <c>layouts/base.sbn-html</c> gets: the page's model fields plus the rendered body.</summary>
internal sealed record LayoutModel(SiteView Site, PageMeta Page, PageBody Body);
