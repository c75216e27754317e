using PaperSite.Configuration;
using PaperSite.Pages.Views;

namespace PaperSite.Pages;

/// <summary>A page to render: where it goes, with which layout, from which model.</summary>
/// <param name="OutputPath">Path inside the output folder, with <c>/</c> (e.g. <c>papers/x/index.html</c>).</param>
/// <param name="Layout">The theme layout's name (<c>paper</c> → <c>layouts/paper.sbn-html</c>).</param>
/// <param name="MakeModel">Makes what the layout renders; called while rendering, in parallel, so a
/// large site's models never all exist at once.</param>
/// <param name="MakeInputs">When set, makes everything <paramref name="MakeModel"/> makes the model
/// from: the page is keyed by these, so an unchanged page's model is never made. When null, the
/// page is keyed by its model. Called while rendering, like the model.</param>
internal sealed record PageJob(string OutputPath, string Layout, Func<IPageModel> MakeModel, Func<object>? MakeInputs = null)
{
    /// <summary>The output file of a pretty URL: <c>papers/x/</c> → <c>papers/x/index.html</c>.</summary>
    public static string FileOf(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + SiteUrls.IndexFile : sitePath;
}
