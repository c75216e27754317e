namespace PaperSite.Model;

/// <summary>A distinct paper: every dump entry with the same title merged into one.</summary>
/// <param name="Slug">URL segment under <c>papers/</c>; stable across builds.</param>
/// <param name="Title">The title as first written.</param>
/// <param name="Abstract">The tidied abstract (plain text, never markup), read when first asked for.</param>
/// <param name="Appearances">Where it appeared, oldest first.</param>
internal sealed record Paper(string Slug, string Title, PaperText Abstract, IReadOnlyList<Appearance> Appearances)
{
    /// <summary>Its topics with the reason for each; "Other" when no topic matched.</summary>
    public IReadOnlyList<TopicMatch> Topics { get; init; } = [];

    /// <summary>The earliest dated digest it appeared in, if any was dated.</summary>
    public DateOnly? Date
    {
        get
        {
            // Read for every paper by sorting, cards, feeds and search: a loop allocates nothing.
            for (var i = 0; i < Appearances.Count; i++)
            {
                if (Appearances[i].Date is { } date)
                {
                    return date;
                }
            }

            return null;
        }
    }
}
