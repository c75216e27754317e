namespace PaperSite.Model;

/// <summary>
/// Each paper's most similar papers, by slug, most similar first. They are found on another thread
/// while the site is planned (planning needs no paper's related papers, only rendering does), so
/// asking for a paper's waits until all are found.
/// </summary>
internal sealed class RelatedPapers
{
    private readonly Lazy<Dictionary<string, IReadOnlyList<string>>> _bySlug;

    /// <summary>The related papers of <paramref name="papers"/>, as <paramref name="found"/> lists them in the same order.</summary>
    public RelatedPapers(IReadOnlyList<Paper> papers, Task<IReadOnlyList<IReadOnlyList<string>>> found)
    {
        _bySlug = new(() => BySlug(papers, found.GetAwaiter().GetResult()));
    }

    /// <summary>No paper has related papers.</summary>
    public static RelatedPapers None { get; } = new([], Task.FromResult<IReadOnlyList<IReadOnlyList<string>>>([]));

    /// <summary>Slugs of the papers most similar to <paramref name="paper"/>, most similar first; waits until they are found.</summary>
    public IReadOnlyList<string> Of(Paper paper) => _bySlug.Value.GetValueOrDefault(paper.Slug) ?? [];

    private static Dictionary<string, IReadOnlyList<string>> BySlug(IReadOnlyList<Paper> papers, IReadOnlyList<IReadOnlyList<string>> lists)
    {
        if (lists.Count != papers.Count)
        {
            throw new InvalidOperationException($"related papers were found for {lists.Count} papers, not the {papers.Count} of the catalog");
        }

        var bySlug = new Dictionary<string, IReadOnlyList<string>>(papers.Count, StringComparer.Ordinal);
        for (var i = 0; i < papers.Count; i++)
        {
            bySlug.Add(papers[i].Slug, lists[i]);
        }

        return bySlug;
    }
}
