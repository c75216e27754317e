using PaperSite.Caching;

namespace PaperSite.Related;

/// <summary>
/// The last build's related papers, kept so that a build which only adds papers after the last
/// build's ones (a new day) scores just the new papers against the old ones. Each paper's entry
/// holds its best matches with their scores and the hash of its query (its heaviest linking terms
/// and their weights): when the query is the same and no paper before it changed, its matches among
/// the old papers are the same, and only new papers can enter.
/// </summary>
internal sealed class RelatedResultCache
{
    private const string Entry = "related";

    private readonly UInt128[] _keys;
    private readonly UInt128[] _queries;
    private readonly int[][] _papers;
    private readonly float[][] _scores;

    private RelatedResultCache(UInt128[] keys, UInt128[] queries, int[][] papers, float[][] scores)
    {
        _keys = keys;
        _queries = queries;
        _papers = papers;
        _scores = scores;
    }

    /// <summary>How many papers the last build had.</summary>
    public int Count => _keys.Length;

    /// <summary>
    /// The last build's results when they were found with the same <paramref name="settings"/>
    /// (matches kept, epoch, posting cap: everything the scores depend on besides the papers); null when not.
    /// </summary>
    public static RelatedResultCache? Load(BuildCache cache, string settings) => cache.Load(Entry, settings, Read);

    /// <summary>
    /// How many of this build's papers (by text key, in order) are the last build's papers, in the same
    /// order: all of the last build's when they start this build, else 0. Only then do the last
    /// build's term ids, statistics and paper numbers still hold.
    /// </summary>
    public int ReusablePrefix(ReadOnlySpan<UInt128> keys) =>
        keys.Length >= _keys.Length && keys[.._keys.Length].SequenceEqual(_keys) ? _keys.Length : 0;

    /// <summary>Paper <paramref name="paper"/>'s query hash, matches and their scores in the last build.</summary>
    public (UInt128 Query, int[] Papers, float[] Scores) Of(int paper) => (_queries[paper], _papers[paper], _scores[paper]);

    /// <summary>Keeps this build's results: per paper (in order) its text key, query hash, matches and their scores.</summary>
    public static void Store(BuildCache cache, string settings, UInt128[] keys, UInt128[] queries, int[][] papers, float[][] scores)
    {
        cache.Store(Entry, settings, writer =>
        {
            writer.Write(keys.Length);
            for (var i = 0; i < keys.Length; i++)
            {
                writer.Write(keys[i]);
                writer.Write(queries[i]);
                writer.Write(papers[i].Length);
                for (var k = 0; k < papers[i].Length; k++)
                {
                    writer.Write(papers[i][k]);
                    writer.Write(scores[i][k]);
                }
            }
        });
    }

    private static RelatedResultCache Read(CacheReader reader)
    {
        var count = reader.ReadCount();
        var keys = new UInt128[count];
        var queries = new UInt128[count];
        var papers = new int[count][];
        var scores = new float[count][];
        for (var i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt128();
            queries[i] = reader.ReadUInt128();
            papers[i] = new int[reader.ReadCount()];
            scores[i] = new float[papers[i].Length];
            for (var k = 0; k < papers[i].Length; k++)
            {
                var paper = reader.ReadInt32();
                papers[i][k] = paper >= 0 && paper < count ? paper : throw new InvalidDataException("related cache names a paper it does not have");
                scores[i][k] = reader.ReadSingle();
            }
        }

        return new RelatedResultCache(keys, queries, papers, scores);
    }
}
