using PaperSite.Diagnostics;
using PaperSite.Model;
using PaperSite.Papers;

namespace PaperSite.Tests.Papers;

public sealed class PaperMergerTests
{
    private static Dump Dump(string file, DateOnly? date, params string[] titles) =>
        new(file, date, titles.Select((t, i) => new DumpEntry(t, PaperTexts.Of($"Abstract of {t}."), i * 2 + 1)).ToList());

    [Fact]
    public void Same_title_in_several_dumps_is_one_paper_listing_every_digest()
    {
        var catalog = PaperMerger.Merge([
            Dump("b.txt", new DateOnly(2024, 3, 13), "Shared Paper", "Only B"),
            Dump("a.txt", new DateOnly(2024, 3, 11), "shared   paper", "Only A"),
            Dump("undated.txt", null, "Shared Paper"),
        ]);

        Assert.Equal(3, catalog.Papers.Count);
        var shared = catalog.Papers.Single(p => p.Slug == "shared-paper");
        Assert.Equal(["2024-03-11", "2024-03-13", "undated"], shared.Appearances.Select(a => a.DigestId));
        Assert.Equal(new DateOnly(2024, 3, 11), shared.Date);
        Assert.Equal(["undated", "2024-03-11", "2024-03-13"], catalog.Digests.Select(d => d.Id));
        Assert.Equal(["Undated digest 1", "Monday 11 March 2024", "Wednesday 13 March 2024"], catalog.Digests.Select(d => d.Title));
    }

    [Fact]
    public void The_site_titles_digests_by_file_name_with_or_without_extension()
    {
        var catalog = PaperMerger.Merge(
            [Dump("b.txt", null, "B"), Dump("a.txt", null, "A"), Dump("2024-03-11.txt", new DateOnly(2024, 3, 11), "C")],
            new Dictionary<string, string> { ["b"] = " Second list ", ["2024-03-11.txt"] = "Launch day" });

        Assert.Equal(["Undated digest 1", "Second list", "Launch day"], catalog.Digests.Select(d => d.Title));
    }

    [Fact]
    public void Keeps_the_longest_abstract()
    {
        var a = new Dump("a.txt", null, [new DumpEntry("T", PaperTexts.Of("Short."), 1)]);
        var b = new Dump("b.txt", null, [new DumpEntry("T", PaperTexts.Of("A longer, complete abstract."), 1)]);
        Assert.Equal("A longer, complete abstract.", Assert.Single(PaperMerger.Merge([a, b]).Papers).Abstract.Value);
    }

    [Fact]
    public void An_abstract_that_is_not_shown_and_no_shorter_copy_of_the_one_shown_is_reported()
    {
        var a = new Dump("a.txt", null, [
            new DumpEntry("T", PaperTexts.Of("A first abstract, of another text."), 1, 2),
            new DumpEntry("T", PaperTexts.Of("A longer, complete abstract of the paper."), 4, 5),
        ]);
        var b = new Dump("b.txt", null, [new DumpEntry("t", PaperTexts.Of("A longer, complete…"), 7, 8), new DumpEntry("T", PaperTexts.Of("A longer, complete abstract of the paper."), 9, 10)]);
        var diagnostics = new DiagnosticBag();

        var paper = Assert.Single(PaperMerger.Merge([a, b], null, diagnostics).Papers);

        Assert.Equal("A longer, complete abstract of the paper.", paper.Abstract.Value);
        Assert.Equal(
            ["a.txt:2: warning: 'T' has another abstract at a.txt:5; that longer one is shown and this one is not"],
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Two_dumps_of_the_same_day_get_distinct_digest_ids()
    {
        var day = new DateOnly(2024, 3, 11);
        var catalog = PaperMerger.Merge([Dump("a.txt", day, "X"), Dump("b.txt", day, "Y")]);
        Assert.Equal(2, catalog.Digests.Select(d => d.Id).Distinct().Count());
        Assert.Equal("2024-03-11", catalog.Digests[0].Id);
    }

    [Theory]
    [InlineData(" Graph\tNeural \n Networks ", "graph neural networks")]
    [InlineData("Graph\u00A0Neural\u2003Networks", "graph neural networks")]
    [InlineData("GRAPH neural networks", "graph neural networks")]
    [InlineData("Ünïcode  ﬁx\u2003Now", "unicode fix now")]
    [InlineData("e\u0301 Café", "e cafe")]
    public void A_title_key_is_lower_case_single_spaced_and_folded(string title, string key) => Assert.Equal(key, PaperMerger.TitleKey(title));

    [Fact]
    public void Titles_differing_in_unicode_form_or_ligatures_are_one_paper()
    {
        var composed = new Dump("a.txt", null, [new DumpEntry("Fr\u00E9chet Distances", PaperTexts.Of("A."), 1)]);
        var decomposed = new Dump("b.txt", null, [new DumpEntry("Fre\u0301chet distances", PaperTexts.Of("B."), 1)]);
        var ligature = new Dump("c.txt", null, [new DumpEntry("Fr\u00E9chet Distances \uFB01t", PaperTexts.Of("C."), 1)]);
        var plain = new Dump("d.txt", null, [new DumpEntry("Frechet Distances fit", PaperTexts.Of("D."), 1)]);
        var papers = PaperMerger.Merge([composed, decomposed, ligature, plain]).Papers;
        Assert.Equal(["frechet-distances", "frechet-distances-fit"], papers.Select(p => p.Slug));
    }
}
