using PaperSite.Caching;
using PaperSite.Model;

namespace PaperSite.Related;

/// <summary>
/// Each paper's distinct terms (title words count twice), in the order they first appear in it,
/// with their counts, and how many papers have each term. Term ids are numbered by first
/// appearance over the papers in order, so they do not depend on how threads shared the counting.
/// </summary>
internal sealed class TermCounts
{
    // Slices of the cache's runs for papers counted before, arrays of their own for the others.
    private readonly ArraySegment<int>[] _terms;
    private readonly ArraySegment<int>[] _counts;

    private TermCounts(ArraySegment<int>[] terms, ArraySegment<int>[] counts, int[] documentFrequency, int[] epochFrequency, int epoch, UInt128[] keys, string[] words, bool allKept)
    {
        Keys = keys;
        Words = words;
        AllKept = allKept;
        _terms = terms;
        _counts = counts;
        DocumentFrequency = documentFrequency;
        EpochFrequency = epochFrequency;
        Epoch = epoch;
    }

    /// <summary>How many papers were counted.</summary>
    public int PaperCount => _terms.Length;

    /// <summary>Per term id, how many papers have it.</summary>
    public int[] DocumentFrequency { get; }

    /// <summary>How many of the first papers are the epoch (<see cref="CorpusEpoch"/>).</summary>
    public int Epoch { get; }

    /// <summary>Per term id, how many of the epoch's papers have it.</summary>
    public int[] EpochFrequency { get; }

    /// <summary>Each paper's text key (<see cref="ContentKey.OfText"/>), in paper order; empty when counted without the last build's counts.</summary>
    public UInt128[] Keys { get; }

    /// <summary>Each term id's word.</summary>
    public string[] Words { get; }

    /// <summary>True when the last build's counts held every paper's and no other: there is nothing new to keep.</summary>
    public bool AllKept { get; }

    /// <summary>Counts the terms of <paramref name="papers"/>, in parallel; the first <paramref name="epoch"/> papers (all by default) are the epoch.</summary>
    public static TermCounts Of(IReadOnlyList<Paper> papers, int? epoch = null) => Of(papers, epoch, null);

    /// <summary>
    /// Counts the terms of <paramref name="papers"/>, in parallel, taking the counts of papers whose text
    /// the last build counted from <paramref name="last"/> (when given, each paper's text key is worked out).
    /// </summary>
    public static TermCounts Of(IReadOnlyList<Paper> papers, int? epoch, TermCountCache? last)
    {
        var cached = last ?? TermCountCache.Empty();
        var keyed = last is not null;
        var vocabulary = cached.Vocabulary();
        var keys = new UInt128[keyed ? papers.Count : 0];
        var terms = new ArraySegment<int>[papers.Count];
        var counts = new ArraySegment<int>[papers.Count];
        var found = 0;
        Parallel.For(
            0,
            papers.Count,
            () => new PaperCounter(vocabulary),
            (i, _, counter) =>
            {
                if (keyed)
                {
                    keys[i] = ContentKey.OfText(papers[i]);
                    if (cached.TryGet(keys[i], out terms[i], out counts[i]))
                    {
                        Interlocked.Increment(ref found);
                        return counter;
                    }
                }

                (terms[i], counts[i]) = counter.Count(papers[i]);
                return counter;
            },
            _ => { });

        var epochSize = Math.Min(epoch ?? papers.Count, papers.Count);
        var (documentFrequency, epochFrequency, words) = Renumber(terms, vocabulary, epochSize);
        var allKept = found == papers.Count && cached.Count == papers.Count;
        return new TermCounts(terms, counts, documentFrequency, epochFrequency, epochSize, keys, words, allKept);
    }

    /// <summary>Paper <paramref name="paper"/>'s distinct term ids, in order of first appearance.</summary>
    public ReadOnlySpan<int> TermsOf(int paper) => _terms[paper];

    /// <summary>The count of each of <see cref="TermsOf"/>, in the same order.</summary>
    public ReadOnlySpan<int> CountsOf(int paper) => _counts[paper];

    /// <summary>Paper <paramref name="paper"/>'s terms and counts as runs, to keep for the next build.</summary>
    public (ArraySegment<int> Terms, ArraySegment<int> Counts) RunsOf(int paper) => (_terms[paper], _counts[paper]);

    /// <summary>
    /// Replaces the ids threads handed out as words came (in no fixed order) by ids in order of
    /// first appearance over the papers, in place; returns each term's document frequency, in all
    /// papers and in the epoch, and its word. Ties between equally heavy terms go by id, so the ids
    /// must not vary from run to run.
    /// </summary>
    private static (int[] All, int[] Epoch, string[] Words) Renumber(ArraySegment<int>[] terms, SharedVocabulary vocabulary, int epoch)
    {
        var renumbered = new int[vocabulary.Count];
        Array.Fill(renumbered, -1);
        var documentFrequency = new int[vocabulary.Count];
        var epochFrequency = new int[vocabulary.Count];
        var next = 0;
        for (var paper = 0; paper < terms.Length; paper++)
        {
            var paperTerms = terms[paper].AsSpan();
            var inEpoch = paper < epoch ? 1 : 0;
            for (var k = 0; k < paperTerms.Length; k++)
            {
                ref var id = ref renumbered[paperTerms[k]];
                if (id < 0)
                {
                    id = next++;
                }

                paperTerms[k] = id;
                documentFrequency[id]++;
                epochFrequency[id] += inEpoch;
            }
        }

        // The vocabulary may know words of papers no longer there (it starts from the last build's).
        var words = new string[next];
        var byId = vocabulary.Words();
        for (var old = 0; old < renumbered.Length; old++)
        {
            if (renumbered[old] >= 0)
            {
                words[renumbered[old]] = byId[old];
            }
        }

        return (documentFrequency[..next], epochFrequency[..next], words);
    }
}
