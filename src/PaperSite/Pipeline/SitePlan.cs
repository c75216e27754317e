using PaperSite.Output;
using PaperSite.Pages;
using PaperSite.Rendering;

namespace PaperSite.Pipeline;

/// <summary>Every file the site will have, not yet rendered.</summary>
/// <param name="Renderer">The compiled theme.</param>
/// <param name="Pages">HTML pages.</param>
/// <param name="Files">Feeds, sitemap, assets and other files.</param>
internal sealed record SitePlan(ITemplateRenderer Renderer, IReadOnlyList<PageJob> Pages, IReadOnlyList<FileJob> Files);
