namespace PaperSite.Model;

/// <summary>Each paper's most similar papers.</summary>
/// <param name="BySlug">The slugs of each paper's most similar papers, by the paper's slug, most similar first.</param>
internal sealed record RelatedPapers(IReadOnlyDictionary<string, IReadOnlyList<string>> BySlug)
{
    /// <summary>No paper has related papers.</summary>
    public static RelatedPapers None { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>Slugs of the papers most similar to <paramref name="paper"/>, most similar first.</summary>
    public IReadOnlyList<string> Of(Paper paper) => BySlug.GetValueOrDefault(paper.Slug) ?? [];
}
