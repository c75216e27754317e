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
    /// <summary>The build cache's entry of related results; what they were found with is in the value (<see cref="Settings"/>).</summary>
    public const string Entry = "related";

    private readonly UInt128[] _keys;
    private readonly UInt128[] _queries;
    private readonly int[][] _papers;
    private readonly float[][] _scores;

    /// <summary>Results: per paper (in order) its text key, query hash, matches and their scores, found with <paramref name="settings"/>.</summary>
    public RelatedResultCache(string settings, UInt128[] keys, UInt128[] queries, int[][] papers, float[][] scores)
    {
        Settings = settings;
        _keys = keys;
        _queries = queries;
        _papers = papers;
        _scores = scores;
    }

    /// <summary>How many papers the last build had.</summary>
    public int Count => _keys.Length;

    /// <summary>Everything the scores depend on besides the papers (matches kept, epoch, posting cap).</summary>
    public string Settings { get; }

    /// <summary>
    /// How many of this build's papers (by text key, in order) are the last build's papers, in the same
    /// order: all of the last build's when they start this build, else 0. Only then do the last
    /// build's term ids, statistics and paper numbers still hold.
    /// </summary>
    public int ReusablePrefix(ReadOnlySpan<UInt128> keys) =>
        keys.Length >= _keys.Length && keys[.._keys.Length].SequenceEqual(_keys) ? _keys.Length : 0;

    /// <summary>Paper <paramref name="paper"/>'s query hash, matches and their scores in the last build.</summary>
    public (UInt128 Query, int[] Papers, float[] Scores) Of(int paper) => (_queries[paper], _papers[paper], _scores[paper]);

    /// <summary>Writes these results for the next build.</summary>
    public void Write(CacheWriter writer)
    {
        writer.Write(Settings);
        writer.Write(_keys.Length);
        for (var i = 0; i < _keys.Length; i++)
        {
            writer.Write(_keys[i]);
            writer.Write(_queries[i]);
            writer.Write(_papers[i].Length);
            for (var k = 0; k < _papers[i].Length; k++)
            {
                writer.Write(_papers[i][k]);
                writer.Write(_scores[i][k]);
            }
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static RelatedResultCache Read(CacheReader reader)
    {
        var settings = reader.ReadString();
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

        return new RelatedResultCache(settings, keys, queries, papers, scores);
    }
}
