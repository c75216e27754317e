namespace PaperSite.Search;

/// <summary>What a search result shows of a paper (<c>search/results/*.json</c>).</summary>
/// <param name="Title">Paper title.</param>
/// <param name="Url">Root-absolute link to its page, base path included.</param>
/// <param name="Date">ISO date, or null when undated.</param>
/// <param name="Topics">Topic names.</param>
/// <param name="Excerpt">The start of the abstract.</param>
internal sealed record SearchDocument(string Title, string Url, string? Date, IReadOnlyList<string> Topics, string Excerpt);
