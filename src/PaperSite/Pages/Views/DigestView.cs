namespace PaperSite.Pages.Views;

/// <summary>A digest's page: one dump's papers in dump order.</summary>
/// <param name="Title">Heading (the date, or the file name when undated).</param>
/// <param name="Url">The digest's page.</param>
/// <param name="Date">Display date, or null.</param>
/// <param name="DateIso">ISO date, or null.</param>
/// <param name="SourceFile">The dump file it came from.</param>
/// <param name="Papers">Its papers.</param>
/// <param name="Previous">The digest before, or null.</param>
/// <param name="Next">The digest after, or null.</param>
internal sealed record DigestView(
    string Title,
    string Url,
    string? Date,
    string? DateIso,
    string SourceFile,
    IReadOnlyList<PaperCard> Papers,
    LinkView? Previous,
    LinkView? Next)
{
    /// <summary>How many papers it lists (templates cannot count a list).</summary>
    public int PaperCount => Papers.Count;
}

/// <summary>A digest in a list.</summary>
/// <param name="Title">Heading.</param>
/// <param name="Url">The digest's page.</param>
/// <param name="DateIso">ISO date, or null.</param>
/// <param name="PaperCount">Papers in it.</param>
internal sealed record DigestSummary(string Title, string Url, string? DateIso, int PaperCount);
