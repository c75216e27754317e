using PaperSite.Related;

namespace PaperSite.Tests.Related;

/// <summary>The epoch related papers are scored with (search no longer uses one).</summary>
public sealed class CorpusEpochTests
{
    [Theory]
    [InlineData(264, 400, 264)]
    [InlineData(400, 400, 400)]
    [InlineData(499, 400, 400)]
    [InlineData(500, 400, 500)]
    [InlineData(10000, 400, 9095)]
    [InlineData(50000, 400, 43368)]
    public void Epochs_cover_at_least_four_fifths_of_the_corpus(int papers, int unit, int expected)
    {
        var epoch = CorpusEpoch.Size(papers, unit);
        Assert.Equal(expected, epoch);
        Assert.InRange(epoch, papers * 0.8, papers);
    }
}
