using PaperSite.Configuration;
using PaperSite.Model;
using PaperSite.Related;

namespace PaperSite.Pipeline.Stages;

/// <summary>
/// Finds each paper's most similar papers (TF-IDF cosine through an inverted index). It reads only
/// the papers' titles and abstracts, never their topics, so it runs beside <see cref="AssignTopicsStage"/>.
/// </summary>
internal sealed class RelatedPapersStage : IBuildStage<(SiteConfig Config, PaperCatalog Catalog), IReadOnlyList<IReadOnlyList<string>>>
{
    /// <inheritdoc />
    public string Name => "related";

    /// <inheritdoc />
    public IReadOnlyList<IReadOnlyList<string>> Run((SiteConfig Config, PaperCatalog Catalog) input, BuildContext context) =>
        new RelatedPapersFinder(input.Config.RelatedCount).Find(input.Catalog.Papers, context.Cache);

    /// <inheritdoc />
    public string Describe(IReadOnlyList<IReadOnlyList<string>> output) => $"{output.Sum(r => r.Count)} links";
}
