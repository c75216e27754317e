using PaperSite.Caching;

namespace PaperSite.Related;

/// <summary>
/// The last build's counted terms of each paper, under the key of its title and abstract (the only
/// inputs of its counts). Terms are kept as the last build's term numbers with the words they number,
/// in runs read as fast as bytes. A build's vocabulary starts from those words, numbered as they
/// were, so cached terms need no look-up: a daily build splits only the new papers' texts into words.
/// </summary>
internal sealed class TermCountCache
{
    /// <summary>The build cache's entry of term counts; they depend on nothing but the texts, so its key is the name.</summary>
    public const string Entry = "term-counts";

    private readonly string[] _words;
    private readonly Dictionary<UInt128, int> _placeOf;

    // Paper p's terms and counts are at _start[p] up to _start[p + 1].
    private readonly int[] _start;
    private readonly int[] _terms;
    private readonly int[] _counts;

    // Whether a place's run was handed out already: a second paper with the same text gets a copy,
    // since the build renumbers each paper's terms in place.
    private readonly int[] _taken;

    private TermCountCache(string[] words, UInt128[] keys, int[] start, int[] terms, int[] counts)
    {
        _words = words;
        _start = start;
        _terms = terms;
        _counts = counts;
        _taken = new int[keys.Length];
        _placeOf = new Dictionary<UInt128, int>(keys.Length);
        for (var p = 0; p < keys.Length; p++)
        {
            _placeOf.TryAdd(keys[p], p);
        }
    }

    /// <summary>How many distinct texts' counts were loaded.</summary>
    public int Count => _placeOf.Count;

    /// <summary>No counts: each call gives its own, since handing out runs marks them taken.</summary>
    public static TermCountCache Empty() => new([], [], [0], [], []);

    /// <summary>A vocabulary that numbers the cached words as the cached terms do.</summary>
    public SharedVocabulary Vocabulary() => SharedVocabulary.Of(_words);

    /// <summary>
    /// The paper's terms (numbered as in <see cref="Vocabulary"/>) and counts as cached, the caller's to
    /// change; false when its text was not counted by the last build. Safe to call from several threads.
    /// </summary>
    public bool TryGet(UInt128 key, out ArraySegment<int> terms, out ArraySegment<int> counts)
    {
        if (!_placeOf.TryGetValue(key, out var place))
        {
            (terms, counts) = ([], []);
            return false;
        }

        // Slices, not copies: copying every paper's runs cost a daily build megabytes of fresh memory.
        var (start, length) = (_start[place], _start[place + 1] - _start[place]);
        terms = new ArraySegment<int>(_terms, start, length);
        counts = new ArraySegment<int>(_counts, start, length);
        if (Interlocked.Exchange(ref _taken[place], 1) == 1)
        {
            terms = terms.ToArray();
        }

        return true;
    }

    /// <summary>
    /// Writes <paramref name="counted"/> (counted with keys) for the next build: per distinct text its
    /// key, its terms numbered as <see cref="TermCounts.Words"/> lists them, and their counts.
    /// </summary>
    public static void Write(CacheWriter writer, TermCounts counted)
    {
        var keys = counted.Keys;
        var records = ContentKey.FirstPlaces(keys);
        writer.Write(counted.Words.Length);
        foreach (var word in counted.Words)
        {
            writer.Write(word);
        }

        writer.Write(records.Count);
        foreach (var i in records)
        {
            writer.Write(keys[i]);
        }

        foreach (var i in records)
        {
            writer.Write(counted.RunsOf(i).Terms.Count);
        }

        foreach (var i in records)
        {
            writer.Write(counted.RunsOf(i).Terms);
        }

        foreach (var i in records)
        {
            writer.Write(counted.RunsOf(i).Counts);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static TermCountCache Read(CacheReader reader)
    {
        var words = new string[reader.ReadCount()];
        for (var w = 0; w < words.Length; w++)
        {
            words[w] = reader.ReadString();
        }

        var keys = new UInt128[reader.ReadCount()];
        for (var p = 0; p < keys.Length; p++)
        {
            keys[p] = reader.ReadUInt128();
        }

        var start = new int[keys.Length + 1];
        for (var p = 0; p < keys.Length; p++)
        {
            // A damaged entry could add up to more than a number holds; ReadInt32s refuses any run longer than the file.
            start[p + 1] = (int)Math.Min(int.MaxValue, (long)start[p] + reader.ReadCount());
        }

        var terms = reader.ReadInt32s(start[^1]);
        foreach (var term in terms)
        {
            if ((uint)term >= (uint)words.Length)
            {
                throw new InvalidDataException("term count cache names a word it does not have");
            }
        }

        return new TermCountCache(words, keys, start, terms, reader.ReadInt32s(start[^1]));
    }
}
