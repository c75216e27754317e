using PaperSite.Pages.Views;

namespace PaperSite.Rendering;

/// <summary>Renders a page model with a named layout inside the theme's base layout.</summary>
internal interface ITemplateRenderer
{
    /// <summary>The HTML of the page, in UTF-8 without a byte order mark: <c>layouts/{layout}</c> rendered into <c>layouts/base</c>.</summary>
    byte[] Render(string layout, IPageModel model);

    /// <summary>
    /// Identifies everything besides the model that a page's bytes depend on (templates, assets,
    /// PaperSite itself), so an unchanged page of an unchanged theme need not be rendered again.
    /// </summary>
    string Fingerprint { get; }
}
