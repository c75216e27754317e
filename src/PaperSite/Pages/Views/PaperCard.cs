namespace PaperSite.Pages.Views;

/// <summary>A paper in a list: title, date, topics and the start of its abstract.</summary>
/// <param name="Title">Paper title.</param>
/// <param name="Url">Link to its page.</param>
/// <param name="Date">Display date, or null when undated.</param>
/// <param name="DateIso">ISO date for <c>&lt;time datetime&gt;</c>, or null.</param>
/// <param name="Topics">Its topics.</param>
/// <param name="Excerpt">The abstract's first sentences, cut at a word.</param>
internal sealed record PaperCard(
    string Title,
    string Url,
    string? Date,
    string? DateIso,
    IReadOnlyList<LinkView> Topics,
    string Excerpt);
