namespace PaperSite.Related;

/// <summary>For each term, the papers whose vector has it (in paper order) with its weight there, in one flat array.</summary>
internal sealed class PostingIndex
{
    private readonly int[] _start;
    private readonly Posting[] _postings;

    private PostingIndex(int[] start, Posting[] postings)
    {
        _start = start;
        _postings = postings;
    }

    /// <summary>Indexes the terms of <paramref name="vectors"/>, whose ids are below <paramref name="vocabularySize"/>.</summary>
    public static PostingIndex Of(TermVectors vectors, int vocabularySize)
    {
        var start = new int[vocabularySize + 1];
        for (var paper = 0; paper < vectors.PaperCount; paper++)
        {
            foreach (var term in vectors.TermsOf(paper))
            {
                start[term + 1]++;
            }
        }

        for (var t = 0; t < vocabularySize; t++)
        {
            start[t + 1] += start[t];
        }

        var postings = new Posting[start[^1]];
        var next = start[..^1];
        for (var paper = 0; paper < vectors.PaperCount; paper++)
        {
            var terms = vectors.TermsOf(paper);
            var weights = vectors.WeightsOf(paper);
            for (var k = 0; k < terms.Length; k++)
            {
                postings[next[terms[k]]++] = new Posting(paper, weights[k]);
            }
        }

        return new PostingIndex(start, postings);
    }

    /// <summary>The length of the longest posting list.</summary>
    public int LongestList
    {
        get
        {
            var longest = 0;
            for (var t = 0; t + 1 < _start.Length; t++)
            {
                longest = Math.Max(longest, _start[t + 1] - _start[t]);
            }

            return longest;
        }
    }

    /// <summary>The postings of <paramref name="term"/>; empty when no vector has it.</summary>
    public ReadOnlySpan<Posting> PostingsOf(int term) => _postings.AsSpan(_start[term], _start[term + 1] - _start[term]);
}
