using PaperSite.Caching;
using PaperSite.Model;

namespace PaperSite.Related;

/// <summary>
/// Each paper's counted terms kept between builds, under the key of its title and abstract (the only
/// inputs of its counts), as words, so they mean the same whatever ids a build hands out. A daily build
/// splits only the new papers' texts into words.
/// </summary>
internal sealed class TermCountCache
{
    private const string Entry = "term-counts";
    private const int NotLookedUp = -2;

    private readonly string[] _words;
    private readonly Dictionary<UInt128, (int[] Words, int[] Counts)> _byPaper;

    // Per word of the cache, its id in this build's vocabulary once looked up; a word is looked up once, not once per paper.
    private readonly int[] _ids;

    private TermCountCache(string[] words, Dictionary<UInt128, (int[] Words, int[] Counts)> byPaper)
    {
        _words = words;
        _byPaper = byPaper;
        _ids = new int[words.Length];
        Array.Fill(_ids, NotLookedUp);
    }

    /// <summary>How many papers' counts were loaded.</summary>
    public int Count => _byPaper.Count;

    /// <summary>The counts the last build kept; none when it left no cache.</summary>
    public static TermCountCache Load(BuildCache? cache) =>
        (cache is null ? null : cache.Load(Entry, Entry, Read)) ?? new TermCountCache([], []);

    /// <summary>The paper's terms (as ids of <paramref name="vocabulary"/>) and counts as cached; false when its text was not counted by the last build.</summary>
    public bool TryGet(UInt128 key, SharedVocabulary vocabulary, out int[] terms, out int[] counts)
    {
        if (!_byPaper.TryGetValue(key, out var cached))
        {
            (terms, counts) = ([], []);
            return false;
        }

        terms = new int[cached.Words.Length];
        for (var k = 0; k < terms.Length; k++)
        {
            ref var id = ref _ids[cached.Words[k]];
            if (id == NotLookedUp)
            {
                // Threads may look a word up at once; they all get the same id.
                id = vocabulary.IdOf(_words[cached.Words[k]]);
            }

            terms[k] = id;
        }

        counts = cached.Counts;
        return true;
    }

    /// <summary>
    /// Keeps this build's counts for the next one: per paper (keys in paper order) its terms as ids of
    /// <paramref name="vocabulary"/> and their counts; nothing is written when every paper was found here.
    /// </summary>
    public static void Store(BuildCache cache, IReadOnlyList<UInt128> keys, int[][] terms, int[][] counts, SharedVocabulary vocabulary)
    {
        cache.Store(Entry, Entry, writer =>
        {
            var words = vocabulary.Words();
            writer.Write(words.Length);
            foreach (var word in words)
            {
                writer.Write(word);
            }

            var records = ContentKey.FirstPlaces(keys);
            writer.Write(records.Count);
            foreach (var i in records)
            {
                writer.Write(keys[i]);
                writer.Write(terms[i].Length);
                for (var k = 0; k < terms[i].Length; k++)
                {
                    writer.Write(terms[i][k]);
                    writer.Write(counts[i][k]);
                }
            }
        });
    }

    private static TermCountCache Read(CacheReader reader)
    {
        var words = new string[reader.ReadCount()];
        for (var w = 0; w < words.Length; w++)
        {
            words[w] = reader.ReadString();
        }

        var papers = reader.ReadCount();
        var byPaper = new Dictionary<UInt128, (int[], int[])>(Math.Min(papers, 1 << 20));
        for (var i = 0; i < papers; i++)
        {
            var key = reader.ReadUInt128();
            var terms = new int[reader.ReadCount()];
            var counts = new int[terms.Length];
            for (var k = 0; k < terms.Length; k++)
            {
                var word = reader.ReadInt32();
                terms[k] = word >= 0 && word < words.Length ? word : throw new InvalidDataException("term count cache names a word it does not have");
                counts[k] = reader.ReadInt32();
            }

            byPaper[key] = (terms, counts);
        }

        return new TermCountCache(words, byPaper);
    }
}
