using PaperSite.Caching;
using PaperSite.Model;
using PaperSite.Papers;
using PaperSite.Related;
using PaperSite.Tests.Support;
using static PaperSite.Tests.Related.TestPapers;

namespace PaperSite.Tests.Related;

/// <summary>Papers added after the last build's: old papers are matched from their last matches and the new papers alone.</summary>
public sealed class RelatedResultCacheTests
{
    // 800 to 900 papers share an epoch (781 papers), so their statistics are the same.
    private static readonly Lazy<List<Paper>> Synthetic = new(() => Corpus(900));

    [Fact]
    public void Days_added_one_after_another_find_what_a_fresh_search_finds()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        var corpus = Synthetic.Value;
        var finder = new RelatedPapersFinder(5);
        TermCountCacheTests.Found(finder, corpus[..800], cache);

        foreach (var papers in new[] { 850, 900 })
        {
            var found = TermCountCacheTests.Found(finder, corpus[..papers], cache);

            Assert.Equal(new RelatedPapersFinder(5).Find(corpus[..papers]), found);
            Assert.InRange(finder.Reused, (papers - 50) * 8 / 10, papers - 50);
        }
    }

    [Fact]
    public void A_new_paper_that_shares_an_old_papers_rare_word_changes_that_papers_query()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        var corpus = Synthetic.Value.ToList();
        corpus[10] = corpus[10] with { Abstract = PaperTexts.Of(corpus[10].Abstract.Value + " Zorblaxing zorblaxing zorblaxing.") };
        var finder = new RelatedPapersFinder(5);
        TermCountCacheTests.Found(finder, corpus[..850], cache);

        // The word was the old paper's alone (no link); now it links the two, and weighs most in both.
        corpus[860] = corpus[860] with { Abstract = PaperTexts.Of(corpus[860].Abstract.Value + " Zorblaxing zorblaxing.") };
        var found = TermCountCacheTests.Found(finder, corpus, cache);

        Assert.Equal(new RelatedPapersFinder(5).Find(corpus), found);
        Assert.Contains(corpus[860].Slug, found[10]);
        Assert.InRange(finder.Reused, 750, 849);
    }

    [Fact]
    public void An_edited_or_removed_old_paper_means_matching_all_papers_again()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        var corpus = Synthetic.Value;
        var finder = new RelatedPapersFinder(5);
        TermCountCacheTests.Found(finder, corpus[..850], cache);

        var edited = corpus.ToList();
        edited[20] = edited[20] with { Title = "Zebrafish " + edited[20].Title };
        var removed = corpus.Where((_, i) => i != 30).ToList();
        foreach (var papers in new[] { edited, removed })
        {
            Assert.Equal(new RelatedPapersFinder(5).Find(papers), TermCountCacheTests.Found(finder, papers, cache));
            Assert.Equal(0, finder.Reused);
        }
    }

    [Fact]
    public void Results_kept_with_other_settings_are_not_started_from()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        var corpus = Synthetic.Value;
        TermCountCacheTests.Found(new RelatedPapersFinder(5), corpus[..850], cache);

        var finder = new RelatedPapersFinder(3);
        Assert.Equal(new RelatedPapersFinder(3).Find(corpus), TermCountCacheTests.Found(finder, corpus, cache));
        Assert.Equal(0, finder.Reused);
    }
}
