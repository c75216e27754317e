using PaperSite.Caching;
using PaperSite.Configuration;
using PaperSite.Model;
using PaperSite.Related;

namespace PaperSite.Pipeline.Stages;

/// <summary>
/// Finds each paper's most similar papers (TF-IDF cosine through an inverted index). It reads only
/// the papers' titles and abstracts, never their topics, so it runs beside <see cref="AssignTopicsStage"/>.
/// </summary>
internal sealed class RelatedPapersStage : IBuildStage<(SiteConfig Config, PaperCatalog Catalog), RelatedPapers>
{
    /// <inheritdoc />
    public string Name => "related";

    /// <inheritdoc />
    public RelatedPapers Run((SiteConfig Config, PaperCatalog Catalog) input, BuildContext context)
    {
        var papers = input.Catalog.Papers;
        var found = new RelatedPapersFinder(input.Config.RelatedCount).Find(papers, LastFound(context.Cache));
        Keep(context.Cache, found);
        var bySlug = new Dictionary<string, IReadOnlyList<string>>(papers.Count, StringComparer.Ordinal);
        for (var i = 0; i < papers.Count; i++)
        {
            bySlug.Add(papers[i].Slug, found.Slugs[i]);
        }

        return new RelatedPapers(bySlug);
    }

    /// <summary>What the last build found, as it kept it; nothing when it kept none.</summary>
    internal static RelatedMemory LastFound(BuildCache cache) => new(
        cache.Load(TermCountCache.Entry, TermCountCache.Entry, TermCountCache.Read) ?? TermCountCache.Empty(),
        cache.Load(RelatedResultCache.Entry, RelatedResultCache.Entry, RelatedResultCache.Read));

    /// <summary>Keeps for the next build what this one found, where it differs from what the last build kept.</summary>
    internal static void Keep(BuildCache cache, RelatedFound found)
    {
        if (found.CountsToKeep is { } counts)
        {
            cache.Store(TermCountCache.Entry, TermCountCache.Entry, writer => TermCountCache.Write(writer, counts));
        }

        if (found.ResultsToKeep is { } results)
        {
            cache.Store(RelatedResultCache.Entry, RelatedResultCache.Entry, results.Write);
        }
    }

    /// <inheritdoc />
    public string Describe(RelatedPapers output) => $"{output.BySlug.Values.Sum(r => r.Count)} links";
}
