using PaperSite.Benchmarks;
using PaperSite.Related;
using PaperSite.Tests.Support;
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

    [Fact]
    public void Papers_added_past_the_epoch_change_older_papers_lists_almost_only_by_being_closer()
    {
        // Papers like the benchmark's: seed sentences resampled, so words have realistic frequencies.
        var corpus = SyntheticPaperCorpus.Generate(1450, SyntheticPaperCorpus.SeedTextFromDumps(Path.Combine(RepoPaths.Input, "dumps")))
            .Select(p => Paper(p.Title, p.Abstract, p.Id))
            .ToList();
        var older = corpus[..1400];
        var before = new RelatedPapersFinder(5).Find(older);
        var after = new RelatedPapersFinder(5).Find(corpus);

        // With statistics of every paper, a new day would shift weights and reorder many older lists.
        var changed = Enumerable.Range(0, older.Count).Where(i => !before[i].SequenceEqual(after[i])).ToList();
        var added = corpus[1400..].Select(p => p.Slug).ToHashSet();
        var notForANewPaper = changed.Count(i => !after[i].Any(added.Contains));
        Assert.NotEmpty(changed);

        // Only a word that a new paper makes shared (so it starts linking) can change a list otherwise.
        Assert.InRange(notForANewPaper, 0, older.Count / 100);
    }
}
