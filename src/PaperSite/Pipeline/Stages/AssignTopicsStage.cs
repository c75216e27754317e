using PaperSite.Model;
using PaperSite.Topics;

namespace PaperSite.Pipeline.Stages;

/// <summary>Gives every paper its topics; the site's topics are the taxonomy plus "Other" when used.</summary>
public sealed class AssignTopicsStage : IBuildStage<(SiteInputs Inputs, PaperCatalog Catalog), SiteContent>
{
    /// <inheritdoc />
    public string Name => "topics";

    /// <inheritdoc />
    public SiteContent Run((SiteInputs Inputs, PaperCatalog Catalog) input, BuildContext context)
    {
        var assigner = new TopicAssigner(input.Inputs.Taxonomy);
        var papers = input.Catalog.Papers
            .AsParallel()
            .AsOrdered()
            .Select(p => p with { Topics = assigner.Assign(p) })
            .ToList();
        var usesOther = papers.Any(p => p.Topics.Any(t => t.TopicSlug == Topic.OtherSlug));
        var topics = usesOther ? [.. input.Inputs.Taxonomy, TopicAssigner.Other] : input.Inputs.Taxonomy;
        return new SiteContent(input.Inputs.Config, input.Catalog with { Papers = papers }, topics, input.Inputs.Pages);
    }

    /// <inheritdoc />
    public string Describe(SiteContent output)
    {
        var other = output.Catalog.Papers.Count(p => p.Topics.Any(t => t.TopicSlug == Topic.OtherSlug));
        return $"{output.Topics.Count} topics, {other} papers in Other";
    }
}
