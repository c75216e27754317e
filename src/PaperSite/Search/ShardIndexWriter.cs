using PaperSite.Caching;
using PaperSite.Lunr;

namespace PaperSite.Search;

/// <summary>
/// Writes each search shard's lunr index, scored with the statistics of the corpus's oldest papers
/// (the epoch). Those statistics are kept in the build cache under a key of the epoch's text. When
/// they are cached, a shard that changed is analysed on its own, so a daily build analyses one
/// shard and not the corpus; when they are not, the corpus is analysed once and every shard is a
/// slice of it. Both ways write the same bytes.
/// </summary>
public sealed class ShardIndexWriter
{
    private const string CacheEntry = "search-statistics";

    private readonly Func<int, int, IReadOnlyList<LunrDocument>> _documents;
    private readonly Lazy<LunrAnalysis> _whole;
    private readonly Lazy<LunrStatisticsSnapshot> _statistics;
    private readonly Lazy<LunrCorpusStatistics> _wholeStatistics;

    /// <summary>Prepares to write shards of <paramref name="count"/> documents (oldest first).</summary>
    /// <param name="count">How many documents there are.</param>
    /// <param name="documents">Makes the lunr documents of a run of places (first, count), oldest first: only those of the shards written are made.</param>
    /// <param name="epoch">How many of the oldest documents the statistics come from.</param>
    /// <param name="epochKey">A fingerprint of everything in those documents.</param>
    /// <param name="cache">Where the statistics are kept between builds.</param>
    public ShardIndexWriter(int count, Func<int, int, IReadOnlyList<LunrDocument>> documents, int epoch, string epochKey, BuildCache cache)
    {
        _documents = documents;
        _whole = new Lazy<LunrAnalysis>(() => Analyse(documents(0, count)));
        _statistics = new Lazy<LunrStatisticsSnapshot>(() => CachedStatistics(epoch, epochKey, cache));
        _wholeStatistics = new Lazy<LunrCorpusStatistics>(() => LunrCorpusStatistics.FromSnapshot(_whole.Value, _statistics.Value));
    }

    /// <summary>The lunr index of the <paramref name="count"/> documents from <paramref name="first"/> on.</summary>
    public byte[] Write(int first, int count)
    {
        var statistics = _statistics.Value;
        if (_whole.IsValueCreated)
        {
            return _whole.Value.ToUtf8Json(Enumerable.Range(first, count), _wholeStatistics.Value);
        }

        var own = Analyse(_documents(first, count));
        return own.ToUtf8Json(statistics: LunrCorpusStatistics.FromSnapshot(own, statistics));
    }

    private static LunrAnalysis Analyse(IReadOnlyList<LunrDocument> documents) => new LunrIndexBuilder(SearchIndexPlan.Fields).Analyse(documents);

    private LunrStatisticsSnapshot CachedStatistics(int epoch, string epochKey, BuildCache cache)
    {
        // A damaged entry is a miss: the statistics are computed again.
        if (cache.Read(CacheEntry, epochKey) is { } bytes && LunrStatisticsSnapshot.TryFromBytes(bytes) is { } cached)
        {
            return cached;
        }

        var snapshot = _whole.Value.ComputeStatistics(Enumerable.Range(0, epoch)).ToSnapshot();
        cache.Write(CacheEntry, epochKey, snapshot.ToBytes());
        return snapshot;
    }
}
