namespace PaperSite.Related;

/// <summary>Each paper's related papers, and what to keep of this search for the next build.</summary>
/// <param name="Slugs">For each paper (in catalog order), the slugs of its most similar papers, most similar first.</param>
/// <param name="CountsToKeep">The term counts, when they differ from the last build's; null when not.</param>
/// <param name="ResultsToKeep">The matches, when they differ from the last build's; null when not.</param>
internal sealed record RelatedFound(IReadOnlyList<IReadOnlyList<string>> Slugs, TermCounts? CountsToKeep, RelatedResultCache? ResultsToKeep);
