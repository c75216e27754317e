namespace PaperSite.Lunr;

/// <summary>
/// The files of a split index: one per part, except that a part over the budget (it holds a term in
/// most documents, which no longer prefix can separate) is cut by document into as many chunks as
/// the budget asks, chunk <c>c</c> of <c>k</c> holding the <c>i</c>-th of the <c>n</c> documents
/// when <c>i·k/n = c</c>.
/// </summary>
internal sealed class LunrPartSlots
{
    private readonly int[] _chunks;
    private readonly int[] _firstSlot;
    private readonly int _firstDocument;
    private readonly int _documentCount;

    /// <param name="partCosts">Each part's bytes, as estimated.</param>
    /// <param name="budget">Bytes a file should stay under.</param>
    /// <param name="firstDocument">The first of the consecutive documents the parts index.</param>
    /// <param name="documentCount">How many documents they index.</param>
    /// <param name="canSplit">Whether a part may be cut by document at all.</param>
    public LunrPartSlots(long[] partCosts, long budget, int firstDocument, int documentCount, bool canSplit)
    {
        _firstDocument = firstDocument;
        _documentCount = documentCount;
        _chunks = partCosts.Select(cost => canSplit && documentCount > 1 ? (int)Math.Clamp((cost + budget - 1) / budget, 1, documentCount) : 1).ToArray();
        _firstSlot = new int[_chunks.Length];
        for (var p = 1; p < _chunks.Length; p++)
        {
            _firstSlot[p] = _firstSlot[p - 1] + _chunks[p - 1];
        }

        Count = _chunks.Length == 0 ? 0 : _firstSlot[^1] + _chunks[^1];
    }

    /// <summary>How many files there are.</summary>
    public int Count { get; }

    public int ChunksOf(int part) => _chunks[part];

    public int Slot(int part, int chunk) => _firstSlot[part] + chunk;

    /// <summary>The file of <paramref name="part"/> that holds <paramref name="document"/>'s entries.</summary>
    public int SlotOf(int part, int document) => _firstSlot[part] + (int)((long)(document - _firstDocument) * _chunks[part] / _documentCount);

    /// <summary>The documents [First, End) of a chunk.</summary>
    public (int First, int End) Documents(int part, int chunk) => (Start(part, chunk), Start(part, chunk + 1));

    /// <summary>The first document, the <c>i</c>-th, with <c>i·k/n ≥ chunk</c>.</summary>
    private int Start(int part, int chunk) => _firstDocument + (int)(((long)chunk * _documentCount + _chunks[part] - 1) / _chunks[part]);
}
