using System.Text;

namespace PaperSite.Lunr;

/// <summary>
/// Every document analysed (tokens, pipeline, term frequencies, field lengths), ready to be emitted as one
/// lunr index or as several shard indices. Emitting all documents with their own statistics gives exactly
/// the bytes of lunr.js's <c>JSON.stringify(index)</c>.
/// </summary>
public sealed class LunrAnalysis
{
    private readonly Lazy<LunrPostings> _postings;
    private readonly Lazy<Dictionary<string, int>> _termIdsByText;
    private readonly Lazy<int[]> _termsInOrdinalOrder;
    private readonly Lazy<LunrCorpusStatistics> _statistics;
    private readonly Lazy<byte[][]> _postingEntries;

    internal LunrAnalysis(IReadOnlyList<LunrField> fields, string[] refs, double[] boosts, LunrFieldTerms[][] documentFields, string[] terms)
    {
        Fields = fields;
        Boosts = boosts;
        DocumentFields = documentFields;
        Terms = terms;
        Refs = new LunrRefTable(refs);
        _postings = new Lazy<LunrPostings>(() => new LunrPostings(documentFields, terms.Length, fields.Count));
        _termIdsByText = new Lazy<Dictionary<string, int>>(IndexTermsByText);
        _termsInOrdinalOrder = new Lazy<int[]>(SortTermsOrdinally);
        _statistics = new Lazy<LunrCorpusStatistics>(() => ComputeStatistics(AllDocuments()));
        _postingEntries = new Lazy<byte[][]>(EncodePostingEntries);
    }

    /// <summary>The declared fields, in lunr's order.</summary>
    public IReadOnlyList<LunrField> Fields { get; }

    /// <summary>How many documents were analysed (duplicate refs included).</summary>
    public int DocumentCount => DocumentFields.Length;

    /// <summary>Statistics of the whole corpus: what lunr.js would score with.</summary>
    public LunrCorpusStatistics Statistics => _statistics.Value;

    internal double[] Boosts { get; }

    internal LunrFieldTerms[][] DocumentFields { get; }

    /// <summary>Term text by term id.</summary>
    internal string[] Terms { get; }

    internal LunrRefTable Refs { get; }

    internal LunrPostings Postings => _postings.Value;

    /// <summary>Every term id, sorted by its text in UTF-16 code unit order (JavaScript's default sort).</summary>
    internal int[] TermsInOrdinalOrder => _termsInOrdinalOrder.Value;

    /// <summary>The ref of document <paramref name="documentIndex"/> (its position in the analysed list).</summary>
    public string RefOf(int documentIndex) => Refs.RefOf(documentIndex);

    /// <summary>
    /// Statistics over a subset of documents (positions in the analysed list), as lunr.js would compute
    /// them had it been given only those documents.
    /// </summary>
    public LunrCorpusStatistics ComputeStatistics(IEnumerable<int> documentIndices)
    {
        return LunrStatisticsCalculator.Compute(this, NormaliseSelection(documentIndices));
    }

    /// <summary>
    /// The index as UTF-8 JSON text. <paramref name="documentIndices"/> picks the documents (default: all);
    /// <paramref name="statistics"/> picks what scores use (default: those of the picked documents). Pass
    /// <see cref="Statistics"/> to emit shards whose scores are comparable with each other.
    /// </summary>
    public byte[] ToUtf8Json(IEnumerable<int>? documentIndices = null, LunrCorpusStatistics? statistics = null)
    {
        using var writer = Emit(documentIndices, statistics);
        return writer.ToArray();
    }

    /// <summary>The index as JSON text; see <see cref="ToUtf8Json"/>.</summary>
    public string ToJson(IEnumerable<int>? documentIndices = null, LunrCorpusStatistics? statistics = null)
    {
        using var writer = Emit(documentIndices, statistics);
        return Encoding.UTF8.GetString(writer.Written);
    }

    /// <summary>Writes the index as UTF-8 JSON to <paramref name="output"/>; see <see cref="ToUtf8Json"/>.</summary>
    public void WriteJson(Stream output, IEnumerable<int>? documentIndices = null, LunrCorpusStatistics? statistics = null)
    {
        using var writer = Emit(documentIndices, statistics);
        output.Write(writer.Written);
    }

    /// <summary>
    /// The whole index in segments of <paramref name="segmentSize"/> consecutive documents (default: one
    /// segment), each split by term into parts of about <paramref name="budget"/> bytes (a part with a
    /// single term may be larger), with the manifest that lists them.
    /// </summary>
    /// <exception cref="ArgumentException">Several segments were asked of documents whose refs are not each their own, in add order.</exception>
    public LunrIndexParts ToParts(long budget = LunrIndexParts.DefaultBudget, int? segmentSize = null)
    {
        var size = Math.Max(1, segmentSize ?? DocumentCount);
        if (size < DocumentCount && (Refs.HasDuplicates || !Refs.AddOrderIsJsOrder))
        {
            throw new ArgumentException("Only documents with refs of their own, listed in add order, can be cut into segments.", nameof(segmentSize));
        }

        var segments = new List<LunrIndexSegment>();
        for (var first = 0; first < DocumentCount || (first == 0 && segments.Count == 0); first += size)
        {
            segments.Add(ToSegment(first, Math.Min(size, DocumentCount - first), budget));
        }

        var manifest = LunrIndexParts.WriteManifest(Fields, segments.ConvertAll(s => (LunrIndexParts.FolderOf(s) + LunrIndexParts.ManifestFile, s.Lengths)));
        return new LunrIndexParts(manifest, segments);
    }

    /// <summary>
    /// The parts of documents <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1,
    /// split by term: they hold term frequencies and field lengths, not scores, so no other document changes them.
    /// </summary>
    public LunrIndexSegment ToSegment(int first, int count, long budget = LunrIndexParts.DefaultBudget)
    {
        if (first < 0 || count < 0 || first + count > DocumentCount)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "The segment is outside the analysed documents.");
        }

        return new LunrIndexEmitter(this, Enumerable.Range(first, count).ToArray()).EmitParts(budget);
    }

    internal bool TryGetTermId(string term, out int id) => _termIdsByText.Value.TryGetValue(term, out id);

    /// <summary>
    /// Each document's posting entry, <c>"ref":{}</c>, as JSON bytes. A ref is written once per term it
    /// has, hundreds of times, and into every shard: encoding it once saves most of the writing.
    /// </summary>
    internal byte[] PostingEntryOf(int document) => _postingEntries.Value[document];

    private byte[][] EncodePostingEntries()
    {
        var entries = new byte[DocumentCount][];
        var writer = new LunrJsonWriter(256);
        for (var d = 0; d < entries.Length; d++)
        {
            writer.Reset();
            writer.String(Refs.RefOf(d));
            writer.Raw(":{}"u8);
            entries[d] = writer.ToArray();
        }

        return entries;
    }

    private LunrJsonWriter Emit(IEnumerable<int>? documentIndices, LunrCorpusStatistics? statistics)
    {
        var selection = documentIndices is null ? AllDocuments() : NormaliseSelection(documentIndices);
        if (statistics is not null && !ReferenceEquals(statistics.Owner, this))
        {
            throw new ArgumentException("The statistics belong to another analysis.", nameof(statistics));
        }

        statistics ??= documentIndices is null ? Statistics : LunrStatisticsCalculator.Compute(this, selection);
        return new LunrIndexEmitter(this, selection).Emit(statistics);
    }

    private int[] AllDocuments()
    {
        var all = new int[DocumentCount];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = i;
        }

        return all;
    }

    /// <summary>Sorted, distinct, in range: lunr adds documents in order, so a subset keeps analysis order.</summary>
    private int[] NormaliseSelection(IEnumerable<int> documentIndices)
    {
        var selection = documentIndices.Distinct().Order().ToArray();
        if (selection.Length > 0 && (selection[0] < 0 || selection[^1] >= DocumentCount))
        {
            throw new ArgumentOutOfRangeException(nameof(documentIndices), "A document index is outside the analysed documents.");
        }

        return selection;
    }

    private Dictionary<string, int> IndexTermsByText()
    {
        var byText = new Dictionary<string, int>(Terms.Length, StringComparer.Ordinal);
        for (var id = 0; id < Terms.Length; id++)
        {
            if (Terms[id] is { } term)
            {
                byText[term] = id;
            }
        }

        return byText;
    }

    private int[] SortTermsOrdinally()
    {
        var ids = new List<int>(Terms.Length);
        for (var id = 0; id < Terms.Length; id++)
        {
            if (Terms[id] is not null)
            {
                ids.Add(id);
            }
        }

        var sorted = ids.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(Terms[a], Terms[b]));
        return sorted;
    }
}
