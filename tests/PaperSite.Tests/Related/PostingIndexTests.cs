using PaperSite.Related;
using static PaperSite.Tests.Related.TestPapers;

namespace PaperSite.Tests.Related;

public sealed class PostingIndexTests
{
    [Fact]
    public void Each_term_lists_the_papers_whose_vector_has_it_in_paper_order()
    {
        var counts = TermCounts.Of(
        [
            Paper("common rare", "pair"),
            Paper("common", "else"),
            Paper("common", "pair"),
            Paper("common", "else"),
        ]);
        var vectors = TermVectors.Of(counts, cap: 3);
        var index = PostingIndex.Of(vectors, counts.DocumentFrequency.Length);

        Assert.True(index.PostingsOf(0).IsEmpty); // common: in 4 papers, over the cap
        Assert.True(index.PostingsOf(1).IsEmpty); // rare: in 1 paper
        Assert.Equal([(0, vectors.WeightsOf(0)[0]), (2, vectors.WeightsOf(2)[0])], Postings(index, 2)); // pair
        Assert.Equal([1, 3], Postings(index, 3).Select(p => p.Paper));                                    // else
    }

    private static (int Paper, float Weight)[] Postings(PostingIndex index, int term) =>
        [.. index.PostingsOf(term).ToArray().Select(p => (p.Paper, p.Weight))];
}
