using PaperSite.Related;

namespace PaperSite.Tests.Related;

public sealed class TopPapersTests
{
    [Fact]
    public void Keeps_the_k_best_best_first()
    {
        var top = new TopPapers(3);
        foreach (var (paper, score) in new[] { (0, 0.1f), (1, 0.5f), (2, 0.3f), (3, 0.9f), (4, 0.2f) })
        {
            top.Offer(paper, score);
        }

        Assert.Equal([3, 1, 2], top.Papers.ToArray());
    }

    [Fact]
    public void A_tie_goes_to_the_earlier_paper_whatever_the_order_offered()
    {
        var top = new TopPapers(2);
        foreach (var paper in new[] { 7, 5, 9, 2 })
        {
            top.Offer(paper, 0.5f);
        }

        Assert.Equal([2, 5], top.Papers.ToArray());
    }

    [Fact]
    public void Keeps_fewer_when_fewer_are_offered_and_clears()
    {
        var top = new TopPapers(5);
        top.Offer(4, 0.2f);
        top.Offer(1, 0.4f);
        Assert.Equal([1, 4], top.Papers.ToArray());

        top.Clear();
        Assert.True(top.Papers.IsEmpty);
        top.Offer(8, 0.1f);
        Assert.Equal([8], top.Papers.ToArray());
    }
}
