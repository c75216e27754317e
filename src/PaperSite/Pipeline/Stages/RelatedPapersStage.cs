using PaperSite.Model;
using PaperSite.Related;

namespace PaperSite.Pipeline.Stages;

/// <summary>Finds each paper's most similar papers (TF-IDF cosine through an inverted index).</summary>
public sealed class RelatedPapersStage : IBuildStage<SiteContent, SiteContent>
{
    /// <inheritdoc />
    public string Name => "related";

    /// <inheritdoc />
    public SiteContent Run(SiteContent input, BuildContext context)
    {
        var papers = input.Catalog.Papers;
        var related = new RelatedPapersFinder(input.Config.RelatedCount).Find(papers, context.Cache);
        var withRelated = papers.Select((p, i) => p with { Related = related[i] }).ToList();
        return input with { Catalog = input.Catalog with { Papers = withRelated } };
    }

    /// <inheritdoc />
    public string Describe(SiteContent output) => $"{output.Catalog.Papers.Sum(p => p.Related.Count)} links";
}
