using PaperSite.Related;
using static PaperSite.Tests.Related.TestPapers;

namespace PaperSite.Tests.Related;

public sealed class PostingIndexTests
{
    [Fact]
    public void Terms_in_one_paper_or_more_than_the_cap_have_no_postings()
    {
        var counts = TermCounts.Of(
        [
            Paper("common rare", "pair"),
            Paper("common", "pair"),
            Paper("common", "else"),
            Paper("common", "else"),
        ]);
        var index = PostingIndex.Of(TermVectors.Of(counts), counts.DocumentFrequency, cap: 3);

        Assert.True(index.PostingsOf(0).IsEmpty); // common: in 4 papers, over the cap
        Assert.True(index.PostingsOf(1).IsEmpty); // rare: in 1 paper
        Assert.Equal([0, 1], Papers(index, 2));   // pair
        Assert.Equal([2, 3], Papers(index, 3));   // else
    }

    private static int[] Papers(PostingIndex index, int term) => [.. index.PostingsOf(term).ToArray().Select(p => p.Paper)];
}
