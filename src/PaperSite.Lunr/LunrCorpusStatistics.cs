namespace PaperSite.Lunr;

/// <summary>
/// What lunr's scores depend on beyond the document itself: the document count, each term's document
/// frequency (over distinct (ref, field) pairs, as <c>lunr.idf</c> counts) and each field's average length.
/// Emitting several shard indices with one instance makes their scores comparable.
/// </summary>
public sealed class LunrCorpusStatistics
{
    private readonly int[] _documentFrequencies;
    private readonly double[] _averageFieldLengths;

    internal LunrCorpusStatistics(LunrAnalysis owner, int documentCount, int[] documentFrequencies, double[] averageFieldLengths)
    {
        Owner = owner;
        DocumentCount = documentCount;
        _documentFrequencies = documentFrequencies;
        _averageFieldLengths = averageFieldLengths;
    }

    /// <summary>lunr's <c>documentCount</c>: every added document, duplicate refs included.</summary>
    public int DocumentCount { get; }

    /// <summary>Average post-pipeline length of each field, in <see cref="LunrAnalysis.Fields"/> order.</summary>
    public IReadOnlyList<double> AverageFieldLengths => _averageFieldLengths;

    /// <summary>The analysis whose term ids these statistics are keyed by.</summary>
    internal LunrAnalysis Owner { get; }

    /// <summary>How many (document, field) pairs contain <paramref name="term"/> (a post-pipeline term).</summary>
    public int DocumentFrequency(string term)
    {
        return Owner.TryGetTermId(term, out var id) ? _documentFrequencies[id] : 0;
    }

    /// <summary>lunr's idf of <paramref name="term"/> under these statistics.</summary>
    public double InverseDocumentFrequency(string term)
    {
        return LunrScoring.Idf(DocumentFrequency(term), DocumentCount);
    }

    internal double Idf(int termId) => LunrScoring.Idf(_documentFrequencies[termId], DocumentCount);

    internal double AverageLength(int field) => _averageFieldLengths[field];
}
