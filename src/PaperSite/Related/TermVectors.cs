using System.Diagnostics;

namespace PaperSite.Related;

/// <summary>
/// Every paper's unit-length TF-IDF vector, heaviest term first (ties by term id), in two flat
/// arrays: paper <c>i</c>'s terms and weights are at <c>Start[i]</c> up to <c>Start[i + 1]</c>.
/// </summary>
internal sealed class TermVectors
{
    private const int MaxKeysOnStack = 512;

    // 1 + ln(count) for the counts most terms have, worked out once (the same way as for any count).
    private static readonly float[] SmallCountFactor = [.. Enumerable.Range(0, 64).Select(CountFactor)];

    private TermVectors(int[] start, int[] terms, float[] weights)
    {
        Start = start;
        Terms = terms;
        Weights = weights;
    }

    /// <summary>Where each paper's terms begin, and (last) where the last paper's end.</summary>
    public int[] Start { get; }

    /// <summary>All papers' term ids, paper after paper.</summary>
    public int[] Terms { get; }

    /// <summary>The weight of each term in <see cref="Terms"/>.</summary>
    public float[] Weights { get; }

    /// <summary>How many papers there are.</summary>
    public int PaperCount => Start.Length - 1;

    /// <summary>Weighs the counted terms of <paramref name="counts"/>'s papers, in parallel.</summary>
    public static TermVectors Of(TermCounts counts)
    {
        var papers = counts.PaperCount;
        var idf = InverseDocumentFrequency(counts.DocumentFrequency, papers);
        var start = new int[papers + 1];
        for (var i = 0; i < papers; i++)
        {
            start[i + 1] = start[i] + counts.TermsOf(i).Length;
        }

        var vectors = new TermVectors(start, new int[start[papers]], new float[start[papers]]);
        Parallel.For(0, papers, i => vectors.Weigh(i, counts.TermsOf(i), counts.CountsOf(i), idf));
        return vectors;
    }

    private static float[] InverseDocumentFrequency(int[] documentFrequency, int papers)
    {
        var idf = new float[documentFrequency.Length];
        for (var t = 0; t < idf.Length; t++)
        {
            idf[t] = (float)Math.Log((double)papers / documentFrequency[t]);
        }

        return idf;
    }

    /// <summary>Fills paper <paramref name="paper"/>'s slice of <see cref="Terms"/> and <see cref="Weights"/>.</summary>
    private void Weigh(int paper, ReadOnlySpan<int> terms, ReadOnlySpan<int> counts, float[] idf)
    {
        var weights = Weights.AsSpan(Start[paper], terms.Length);

        // The sum of squares goes in order of first appearance: float sums depend on their order.
        double squares = 0;
        for (var k = 0; k < terms.Length; k++)
        {
            var count = counts[k];
            weights[k] = (count < SmallCountFactor.Length ? SmallCountFactor[count] : CountFactor(count)) * idf[terms[k]];
            squares += (double)weights[k] * weights[k];
        }

        var norm = (float)Math.Sqrt(squares);
        if (norm > 0)
        {
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] /= norm;
            }
        }

        var keys = terms.Length <= MaxKeysOnStack ? stackalloc ulong[terms.Length] : new ulong[terms.Length];
        SortHeaviestFirst(terms, weights, keys, Terms.AsSpan(Start[paper], terms.Length));
    }

    private static float CountFactor(int count) => (float)(1 + Math.Log(count));

    /// <summary>
    /// Writes <paramref name="weights"/> heaviest first, ties by term id, and the terms in that order
    /// to <paramref name="sortedTerms"/>. One sort of plain numbers: weights are never negative, so
    /// their bits order like they do, and inverted they put the heaviest first.
    /// </summary>
    private static void SortHeaviestFirst(ReadOnlySpan<int> terms, Span<float> weights, Span<ulong> keys, Span<int> sortedTerms)
    {
        for (var k = 0; k < terms.Length; k++)
        {
            Debug.Assert(weights[k] >= 0 && !float.IsNegative(weights[k]), "TF-IDF weights are never negative");
            keys[k] = ((ulong)~BitConverter.SingleToUInt32Bits(weights[k]) << 32) | (uint)terms[k];
        }

        keys.Sort();
        for (var k = 0; k < keys.Length; k++)
        {
            sortedTerms[k] = (int)(uint)keys[k];
            weights[k] = BitConverter.UInt32BitsToSingle(~(uint)(keys[k] >> 32));
        }
    }
}
