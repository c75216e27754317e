namespace PaperSite.Lunr;

/// <summary>
/// One document field after the pipeline: its length (terms kept, duplicates counted) and its distinct
/// term ids in first-occurrence order with their frequencies.
/// </summary>
internal sealed record LunrFieldTerms(int Length, int[] TermIds, int[] Counts)
{
    public static LunrFieldTerms Empty { get; } = new(0, [], []);
}
