namespace PaperSite.Related;

/// <summary>
/// For each term, the papers that have it (in paper order) with its weight there, in one flat array.
/// Terms only one paper has, or more papers than a cap, have no postings.
/// </summary>
internal sealed class PostingIndex
{
    private readonly int[] _start;
    private readonly Posting[] _postings;

    private PostingIndex(int[] start, Posting[] postings)
    {
        _start = start;
        _postings = postings;
    }

    /// <summary>Indexes <paramref name="vectors"/>, leaving out terms in fewer than two or more than <paramref name="cap"/> papers.</summary>
    public static PostingIndex Of(TermVectors vectors, int[] documentFrequency, int cap)
    {
        // A term only one paper has links nothing; one most papers have says little and costs much.
        var start = new int[documentFrequency.Length + 1];
        for (var t = 0; t < documentFrequency.Length; t++)
        {
            var df = documentFrequency[t];
            start[t + 1] = start[t] + (df >= 2 && df <= cap ? df : 0);
        }

        var postings = new Posting[start[^1]];
        var next = start[..^1];
        for (var paper = 0; paper < vectors.PaperCount; paper++)
        {
            for (var k = vectors.Start[paper]; k < vectors.Start[paper + 1]; k++)
            {
                var term = vectors.Terms[k];
                if (next[term] < start[term + 1])
                {
                    postings[next[term]++] = new Posting(paper, vectors.Weights[k]);
                }
            }
        }

        return new PostingIndex(start, postings);
    }

    /// <summary>The postings of <paramref name="term"/>; empty when it was left out.</summary>
    public ReadOnlySpan<Posting> PostingsOf(int term) => _postings.AsSpan(_start[term], _start[term + 1] - _start[term]);
}
