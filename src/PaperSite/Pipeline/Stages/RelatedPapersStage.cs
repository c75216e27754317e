using PaperSite.Configuration;
using PaperSite.Model;
using PaperSite.Related;

namespace PaperSite.Pipeline.Stages;

/// <summary>
/// Finds each paper's most similar papers (TF-IDF cosine through an inverted index). It reads only
/// the papers' titles and abstracts, never their topics, so it runs beside <see cref="AssignTopicsStage"/>.
/// </summary>
public sealed class RelatedPapersStage : IBuildStage<(SiteConfig Config, PaperCatalog Catalog), RelatedPapers>
{
    /// <inheritdoc />
    public string Name => "related";

    /// <inheritdoc />
    public RelatedPapers Run((SiteConfig Config, PaperCatalog Catalog) input, BuildContext context)
    {
        var papers = input.Catalog.Papers;
        var found = new RelatedPapersFinder(input.Config.RelatedCount).Find(papers, context.Cache);
        var bySlug = new Dictionary<string, IReadOnlyList<string>>(papers.Count, StringComparer.Ordinal);
        for (var i = 0; i < papers.Count; i++)
        {
            bySlug.Add(papers[i].Slug, found[i]);
        }

        return new RelatedPapers(bySlug);
    }

    /// <inheritdoc />
    public string Describe(RelatedPapers output) => $"{output.BySlug.Values.Sum(r => r.Count)} links";
}
