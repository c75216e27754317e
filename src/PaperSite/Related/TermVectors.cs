using System.Diagnostics;

namespace PaperSite.Related;

/// <summary>
/// Every paper's unit-length TF-IDF vector, kept only for the terms that can link it to other
/// papers (those in 2 to cap papers), heaviest first (ties by term id). The norm counts every term.
/// </summary>
internal sealed class TermVectors
{
    private const int MaxOnStack = 512;

    // Paper i's linking terms are at _start[i] up to _start[i] + _length[i] (room was made for all its terms).
    private readonly int[] _start;
    private readonly int[] _length;
    private readonly int[] _terms;
    private readonly float[] _weights;

    private TermVectors(int[] start, int totalTerms)
    {
        _start = start;
        _length = new int[start.Length];
        _terms = new int[totalTerms];
        _weights = new float[totalTerms];
    }

    /// <summary>How many papers there are.</summary>
    public int PaperCount => _start.Length;

    /// <summary>Weighs the counted terms of <paramref name="counts"/>'s papers, in parallel; terms in more than <paramref name="cap"/> papers of the epoch link none.</summary>
    public static TermVectors Of(TermCounts counts, int cap)
    {
        var papers = counts.PaperCount;
        var idf = InverseDocumentFrequency(counts.EpochFrequency, counts.Epoch);
        var start = new int[papers];
        var total = 0;
        for (var i = 0; i < papers; i++)
        {
            start[i] = total;
            total += counts.TermsOf(i).Length;
        }

        var vectors = new TermVectors(start, total);
        Parallel.For(0, papers, i => vectors.Weigh(i, counts, idf, cap));
        return vectors;
    }

    /// <summary>Paper <paramref name="paper"/>'s linking terms, heaviest first.</summary>
    public ReadOnlySpan<int> TermsOf(int paper) => _terms.AsSpan(_start[paper], _length[paper]);

    /// <summary>The weight of each of <see cref="TermsOf"/>, in the same order.</summary>
    public ReadOnlySpan<float> WeightsOf(int paper) => _weights.AsSpan(_start[paper], _length[paper]);

    /// <summary>
    /// Each term's idf in the epoch, so weights (and scores between older papers) stay put as papers
    /// are added. A term newer than the epoch weighs as a term one paper of it has: as rare as can be.
    /// </summary>
    private static float[] InverseDocumentFrequency(int[] epochFrequency, int epoch)
    {
        var idf = new float[epochFrequency.Length];
        for (var t = 0; t < idf.Length; t++)
        {
            idf[t] = (float)Math.Log((double)epoch / Math.Max(1, epochFrequency[t]));
        }

        return idf;
    }

    private static float CountFactor(int count) => (float)(1 + Math.Log(count));

    /// <summary>Fills paper <paramref name="paper"/>'s slice with its linking terms and their weights.</summary>
    private void Weigh(int paper, TermCounts counts, float[] idf, int cap)
    {
        var terms = counts.TermsOf(paper);
        var weights = terms.Length <= MaxOnStack ? stackalloc float[terms.Length] : new float[terms.Length];
        var norm = Weigh(terms, counts.CountsOf(paper), idf, weights);

        // A term only one paper has links nothing; one most papers have says little and costs much.
        // "Most" is judged in the epoch, so a new day moves no term out of the postings.
        var keys = terms.Length <= MaxOnStack ? stackalloc ulong[terms.Length] : new ulong[terms.Length];
        var linking = 0;
        var documentFrequency = counts.DocumentFrequency;
        var epochFrequency = counts.EpochFrequency;
        for (var k = 0; k < terms.Length; k++)
        {
            if (documentFrequency[terms[k]] >= 2 && epochFrequency[terms[k]] <= cap)
            {
                keys[linking++] = Key(norm > 0 ? weights[k] / norm : weights[k], terms[k]);
            }
        }

        keys = keys[..linking];
        keys.Sort();
        var start = _start[paper];
        for (var k = 0; k < keys.Length; k++)
        {
            _terms[start + k] = (int)(uint)keys[k];
            _weights[start + k] = BitConverter.UInt32BitsToSingle(~(uint)(keys[k] >> 32));
        }

        _length[paper] = linking;
    }

    /// <summary>
    /// Writes each term's weight before normalising to <paramref name="weights"/>; returns the norm.
    /// The sum of squares goes in order of first appearance: float sums depend on their order.
    /// </summary>
    private static float Weigh(ReadOnlySpan<int> terms, ReadOnlySpan<int> counts, float[] idf, Span<float> weights)
    {
        double squares = 0;
        for (var k = 0; k < terms.Length; k++)
        {
            var count = counts[k];
            weights[k] = CountFactor(count) * idf[terms[k]];
            squares += (double)weights[k] * weights[k];
        }

        return (float)Math.Sqrt(squares);
    }

    /// <summary>
    /// A number whose order is heaviest first, then by term id: weights are never negative, so their
    /// bits order like they do, and inverted they put the heaviest first. One sort of plain numbers.
    /// </summary>
    private static ulong Key(float weight, int term)
    {
        Debug.Assert(weight >= 0 && !float.IsNegative(weight), "TF-IDF weights are never negative");
        return ((ulong)~BitConverter.SingleToUInt32Bits(weight) << 32) | (uint)term;
    }
}
