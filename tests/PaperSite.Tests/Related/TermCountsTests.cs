using PaperSite.Related;
using static PaperSite.Tests.Related.TestPapers;

namespace PaperSite.Tests.Related;

public sealed class TermCountsTests
{
    [Fact]
    public void Title_words_count_twice_and_short_and_stop_words_do_not_count()
    {
        var counts = TermCounts.Of([Paper("Graph Networks", "The graph of an ai network.")]);

        // graph, network (plural folded); "the", "of", "an", "ai" are left out.
        Assert.Equal([0, 1], counts.TermsOf(0).ToArray());
        Assert.Equal([3, 3], counts.CountsOf(0).ToArray());
    }

    [Fact]
    public void Ids_follow_first_appearance_over_the_papers_in_order()
    {
        var papers = Enumerable.Range(0, 500)
            .Select(i => Paper($"word{i % 7} shared", $"only{i} word{(i + 3) % 7}"))
            .ToList();
        var counts = TermCounts.Of(papers);

        // Paper 0 brings word0, shared, only0, word3; paper 1 brings word1, only1 (word4 comes next).
        Assert.Equal([0, 1, 2, 3], counts.TermsOf(0).ToArray());
        Assert.Equal([4, 1, 5, 6], counts.TermsOf(1).ToArray());
        Assert.Equal(500, counts.DocumentFrequency[1]);
        Assert.Equal(1, counts.DocumentFrequency[2]);
        Assert.Equal(7 + 1 + 500, counts.DocumentFrequency.Length);
    }
}
