using PaperSite.Related;
using static PaperSite.Tests.Related.TestPapers;

namespace PaperSite.Tests.Related;

public sealed class TermVectorsTests
{
    [Fact]
    public void Vectors_are_unit_length_heaviest_first_ties_by_term_id()
    {
        var counts = TermCounts.Of(
        [
            Paper("alpha", "beta gamma gamma delta"),
            Paper("other", "words entirely"),
            Paper("more", "words still"),
        ]);
        var vectors = TermVectors.Of(counts);

        // Paper 0: alpha (title, 2), gamma (2), then beta and delta (1 each), ties by id.
        Assert.Equal([0, 2, 1, 3], vectors.Terms[vectors.Start[0]..vectors.Start[1]]);
        var weights = vectors.Weights[vectors.Start[0]..vectors.Start[1]];
        Assert.Equal(weights[0], weights[1]);
        Assert.Equal(weights[2], weights[3]);
        Assert.True(weights[0] > weights[2]);
        Assert.Equal(1.0, weights.Sum(w => (double)w * w), 5);
    }
}
