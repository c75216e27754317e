using PaperSite.Related;
using static PaperSite.Tests.Related.TestPapers;

namespace PaperSite.Tests.Related;

public sealed class RelatedPapersFinderTests
{
    [Fact]
    public void Most_similar_first_and_never_itself()
    {
        var papers = new[]
        {
            Paper("Graph neural networks", "Message passing over molecules and proteins.", "a"),
            Paper("Graph neural networks for molecules", "Message passing predicts protein binding.", "b"),
            Paper("Diffusion models", "Denoising images with score matching.", "c"),
            Paper("Graph transformers", "Attention over molecules.", "d"),
            Paper("Image diffusion", "Score matching for image denoising.", "e"),
        };

        var related = new RelatedPapersFinder(2).Find(papers);

        Assert.Equal(["b", "d"], related[0]);
        Assert.Equal(["e"], related[2]);
        Assert.All(related.Select((r, i) => (r, i)), x => Assert.DoesNotContain(papers[x.i].Slug, x.r));
    }

    [Fact]
    public void No_count_or_a_single_paper_finds_nothing()
    {
        var papers = new[] { Paper("Graph networks", "Graphs.", "a"), Paper("Graph networks", "Graphs.", "b") };
        Assert.All(new RelatedPapersFinder(0).Find(papers), Assert.Empty);
        Assert.Empty(Assert.Single(new RelatedPapersFinder(3).Find(papers[..1])));
    }
}
