using PaperSite.Benchmarks;
using PaperSite.Model;
using PaperSite.Papers;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Related;

/// <summary>Papers with just the text the related-papers finder reads.</summary>
internal static class TestPapers
{
    public static Paper Paper(string title, string abstractText, string slug = "p") => new(slug, title, PaperTexts.Of(abstractText), []);

    /// <summary><paramref name="papers"/> synthetic papers, written from the seed dumps' sentences as the benchmark's are.</summary>
    public static List<Paper> Corpus(int papers) =>
        SyntheticPaperCorpus.Generate(papers, SyntheticPaperCorpus.SeedTextFromDumps(Path.Combine(RepoPaths.Input, "dumps")))
            .Select(p => Paper(p.Title, p.Abstract, p.Id))
            .ToList();
}
