using PaperSite.Caching;
using PaperSite.Model;
using PaperSite.Topics;

namespace PaperSite.Pipeline.Stages;

/// <summary>
/// Gives every paper its topics; the site's topics are the taxonomy plus "Other" when used. A paper
/// whose title and abstract the last build matched against the same taxonomy keeps the matches it got.
/// </summary>
internal sealed class AssignTopicsStage : IBuildStage<(SiteInputs Inputs, PaperCatalog Catalog), SiteContent>
{
    /// <inheritdoc />
    public string Name => "topics";

    /// <inheritdoc />
    public SiteContent Run((SiteInputs Inputs, PaperCatalog Catalog) input, BuildContext context)
    {
        var taxonomy = input.Inputs.Taxonomy;
        var taxonomyKey = TopicMatchCache.TaxonomyKey(taxonomy);
        var last = context.Cache.Load(TopicMatchCache.Entry, taxonomyKey, reader => TopicMatchCache.Read(reader, taxonomy)) ?? TopicMatchCache.Empty;
        var catalog = input.Catalog.Papers;
        var keys = new UInt128[catalog.Count];
        var papers = new Paper[catalog.Count];
        var assigner = new Lazy<TopicAssigner>(() => new TopicAssigner(taxonomy));
        Parallel.For(0, catalog.Count, i =>
        {
            var paper = catalog[i];
            keys[i] = ContentKey.OfText(paper);
            papers[i] = paper with { Topics = last.Find(keys[i]) ?? assigner.Value.Assign(paper) };
        });
        if (!last.HoldsExactly(keys))
        {
            context.Cache.Store(TopicMatchCache.Entry, taxonomyKey, writer => TopicMatchCache.Write(writer, taxonomy, keys, papers));
        }

        var usesOther = papers.Any(p => p.Topics.Any(t => t.TopicSlug == Topic.OtherSlug));
        var topics = usesOther ? [.. taxonomy, TopicAssigner.Other] : taxonomy;
        return new SiteContent(input.Inputs.Config, input.Catalog with { Papers = papers }, topics, input.Inputs.Pages);
    }

    /// <inheritdoc />
    public string Describe(SiteContent output)
    {
        var other = output.Catalog.Papers.Count(p => p.Topics.Any(t => t.TopicSlug == Topic.OtherSlug));
        return $"{output.Topics.Count} topics, {other} papers in Other";
    }
}
