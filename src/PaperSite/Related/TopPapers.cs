using System.Runtime.CompilerServices;

namespace PaperSite.Related;

/// <summary>
/// The <c>k</c> best-scoring papers offered so far, best first; a tie goes to the earlier paper.
/// Keeps only those <c>k</c>, so choosing among thousands of candidates needs no sort of them all.
/// </summary>
internal sealed class TopPapers
{
    private readonly int _k;

    // One spare place: a newcomer is put in before the last one drops out.
    private readonly int[] _papers;
    private readonly float[] _scores;
    private int _count;

    /// <summary>Creates an empty selection of at most <paramref name="k"/> papers.</summary>
    public TopPapers(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        _k = k;
        _papers = new int[k + 1];
        _scores = new float[k + 1];
    }

    /// <summary>The papers kept, best first.</summary>
    public ReadOnlySpan<int> Papers => _papers.AsSpan(0, _count);

    /// <summary>The scores of <see cref="Papers"/>, in the same order.</summary>
    public ReadOnlySpan<float> Scores => _scores.AsSpan(0, _count);

    /// <summary>Forgets every paper, to choose afresh.</summary>
    public void Clear() => _count = 0;

    /// <summary>Keeps <paramref name="paper"/> if it beats the last of the <c>k</c> kept so far (or fewer are kept).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Offer(int paper, float score)
    {
        // Most candidates lose to the last kept: one comparison, no call.
        if (_count < _k || Beats(paper, score, _k - 1))
        {
            Insert(paper, score);
        }
    }

    private void Insert(int paper, float score)
    {
        var at = _count;
        while (at > 0 && Beats(paper, score, at - 1))
        {
            at--;
        }

        if (at == _k)
        {
            return;
        }

        Array.Copy(_papers, at, _papers, at + 1, _count - at);
        Array.Copy(_scores, at, _scores, at + 1, _count - at);
        _papers[at] = paper;
        _scores[at] = score;
        _count = Math.Min(_count + 1, _k);
    }

    private bool Beats(int paper, float score, int place) =>
        score > _scores[place] || (score == _scores[place] && paper < _papers[place]);
}
