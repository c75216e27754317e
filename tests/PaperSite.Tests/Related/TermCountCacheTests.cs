using PaperSite.Caching;
using PaperSite.Model;
using PaperSite.Papers;
using PaperSite.Pipeline.Stages;
using PaperSite.Related;
using PaperSite.Tests.Support;
using static PaperSite.Tests.Related.TestPapers;

namespace PaperSite.Tests.Related;

public sealed class TermCountCacheTests
{
    [Fact]
    public void Counts_from_the_cache_are_the_counts_of_the_papers_text_as_it_is_now()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        var corpus = Corpus(300);
        Counted(corpus[..250], cache);

        // Older papers edited, a paper gone, newer ones added: only unchanged texts may come from the cache.
        var next = corpus[..250].ToList();
        next[3] = next[3] with { Abstract = PaperTexts.Of(next[3].Abstract.Value + " zebrafish zebrafish") };
        next[7] = next[7] with { Title = "Zebrafish " + next[7].Title };
        next.RemoveAt(11);
        next.AddRange(corpus[250..]);

        AssertSameCounts(TermCounts.Of(next), Counted(next, cache));
        AssertSameCounts(TermCounts.Of(next), Counted(next, cache));
    }

    [Fact]
    public void Papers_with_the_same_text_each_get_their_own_counts_from_the_cache()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        var corpus = Corpus(120).ToList();
        corpus.AddRange([corpus[5], corpus[5], corpus[40]]);
        Counted(corpus, cache);

        // The cache hands out its runs, which a build renumbers in place (by first appearance, so
        // papers in another order renumber them): a second paper with the same text must not share one.
        corpus.Reverse();
        AssertSameCounts(TermCounts.Of(corpus), Counted(corpus, cache));
        AssertSameCounts(TermCounts.Of(corpus), Counted(corpus, cache));
    }

    [Fact]
    public void Related_papers_found_with_the_cache_are_those_found_without_it()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        var corpus = Corpus(900);
        var finder = new RelatedPapersFinder(5);
        Found(finder, corpus[..850], cache);

        Assert.Equal(finder.Find(corpus), Found(finder, corpus, cache));
    }

    /// <summary>Counts as the related stage does: from the counts the cache kept, keeping this build's there.</summary>
    private static TermCounts Counted(IReadOnlyList<Paper> papers, BuildCache cache)
    {
        var counts = TermCounts.Of(papers, null, RelatedPapersStage.LastFound(cache).Counts);
        RelatedPapersStage.Keep(cache, new RelatedFound([], counts.AllKept ? null : counts, null));
        return counts;
    }

    /// <summary>Finds related papers as the related stage does, starting from what the cache kept and keeping what is new.</summary>
    internal static IReadOnlyList<IReadOnlyList<string>> Found(RelatedPapersFinder finder, IReadOnlyList<Paper> papers, BuildCache cache)
    {
        var found = finder.Find(papers, RelatedPapersStage.LastFound(cache));
        RelatedPapersStage.Keep(cache, found);
        return found.Slugs;
    }

    private static void AssertSameCounts(TermCounts expected, TermCounts actual)
    {
        Assert.Equal(expected.PaperCount, actual.PaperCount);
        for (var i = 0; i < expected.PaperCount; i++)
        {
            Assert.Equal(expected.TermsOf(i).ToArray(), actual.TermsOf(i).ToArray());
            Assert.Equal(expected.CountsOf(i).ToArray(), actual.CountsOf(i).ToArray());
        }

        Assert.Equal(expected.DocumentFrequency, actual.DocumentFrequency);
        Assert.Equal(expected.EpochFrequency, actual.EpochFrequency);
    }
}
