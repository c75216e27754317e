using PaperSite.Model;
using PaperSite.Related;
using static PaperSite.Tests.Related.TestPapers;

namespace PaperSite.Tests.Related;

public sealed class TermVectorsTests
{
    [Fact]
    public void Vectors_are_heaviest_first_ties_by_term_id()
    {
        var vectors = VectorsOf(50, Paper("alpha", "beta gamma gamma delta"), Paper("alpha", "beta gamma delta"), Paper("other", "words"));

        // Paper 0: alpha (title, 2) and gamma (2), then beta and delta (1 each), ties by id.
        Assert.Equal([0, 2, 1, 3], vectors.TermsOf(0).ToArray());
        var weights = vectors.WeightsOf(0).ToArray();
        Assert.Equal(weights[0], weights[1]);
        Assert.Equal(weights[2], weights[3]);
        Assert.True(weights[0] > weights[2]);
        Assert.Equal(1.0, weights.Sum(w => (double)w * w), 5);
    }

    [Fact]
    public void Only_terms_in_two_to_cap_papers_are_kept_but_all_count_in_the_norm()
    {
        var vectors = VectorsOf(2, Paper("rare", "pair common"), Paper("other", "pair common"), Paper("more", "common"));

        // Paper 0 keeps only "pair": "rare" is in one paper, "common" in three (over the cap).
        var pair = Assert.Single(vectors.WeightsOf(0).ToArray());
        Assert.Equal(1, vectors.TermsOf(0)[0]);

        // "rare" (title: count 2, idf ln 3) still counts in the norm; "common" weighs 0 (idf ln 1).
        var rare = (1 + Math.Log(2)) * Math.Log(3);
        Assert.Equal(Math.Log(1.5) / Math.Sqrt((rare * rare) + (Math.Log(1.5) * Math.Log(1.5))), pair, 5);
    }

    private static TermVectors VectorsOf(int cap, params Paper[] papers) => TermVectors.Of(TermCounts.Of(papers), cap);
}
