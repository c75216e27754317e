namespace PaperSite.Lunr;

/// <summary>
/// The files of a split index: one per part, except that a part over the budget (it holds a term in
/// most documents, which no longer prefix can separate) is cut by document into as many chunks as
/// the budget asks, chunk <c>c</c> of <c>k</c> holding documents <c>d</c> with <c>d·k/n = c</c>.
/// </summary>
internal sealed class LunrPartSlots
{
    private readonly int[] chunks;
    private readonly int[] firstSlot;
    private readonly int documentCount;

    public LunrPartSlots(long[] partCosts, long budget, int documentCount, bool canSplit)
    {
        this.documentCount = documentCount;
        chunks = partCosts.Select(cost => canSplit && documentCount > 1 ? (int)Math.Clamp((cost + budget - 1) / budget, 1, documentCount) : 1).ToArray();
        firstSlot = new int[chunks.Length];
        for (var p = 1; p < chunks.Length; p++)
        {
            firstSlot[p] = firstSlot[p - 1] + chunks[p - 1];
        }

        Count = chunks.Length == 0 ? 0 : firstSlot[^1] + chunks[^1];
    }

    /// <summary>How many files there are.</summary>
    public int Count { get; }

    public int ChunksOf(int part) => chunks[part];

    public int Slot(int part, int chunk) => firstSlot[part] + chunk;

    /// <summary>The file of <paramref name="part"/> that holds <paramref name="document"/>'s entries.</summary>
    public int SlotOf(int part, int document) => firstSlot[part] + (int)((long)document * chunks[part] / documentCount);

    /// <summary>The documents [First, End) of a chunk.</summary>
    public (int First, int End) Documents(int part, int chunk) => (Start(part, chunk), Start(part, chunk + 1));

    /// <summary>The first document <c>d</c> with <c>d·k/n ≥ chunk</c>.</summary>
    private int Start(int part, int chunk) => (int)(((long)chunk * documentCount + chunks[part] - 1) / chunks[part]);
}
