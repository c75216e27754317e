using PaperSite.Caching;
using PaperSite.Lunr;
using PaperSite.Pipeline;
using PaperSite.Search;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Search;

/// <summary>
/// The papers' lunr analyses kept between builds: a build that reuses them writes the search files a
/// clean build writes, a changed paper is analysed again, and an entry that does not read back is ignored.
/// </summary>
public sealed class SearchAnalysisCacheTests
{
    private const string NewDay = "input/dumps/2024-03-20.txt";
    private const string NewDayText = "Mar 20\n\nA Brand New Zebrafish Paper\n\nWe study zebrafish with a new method, which is unrelated to anything else here.\n";

    [Fact]
    public void A_next_day_build_reusing_kept_analyses_writes_the_search_files_of_a_clean_build()
    {
        using var input = new InputCopy();
        SiteBuilder.Build(Options(input.Output, input));
        Assert.NotEmpty(KeptAnalyses(input.Output).Papers);
        input.Write(NewDay, NewDayText);

        SiteBuilder.Build(Options(input.Output, input));

        AssertSameSearchFiles(CleanBuild(input), input.Output);
    }

    [Fact]
    public void A_build_uses_the_kept_analyses()
    {
        using var input = new InputCopy();
        SiteBuilder.Build(Options(input.Output, input));
        var cache = new BuildCache(input.Output);
        var kept = KeptAnalyses(input.Output);
        var papers = new Dictionary<UInt128, IReadOnlyList<LunrFieldAnalysis>>(kept.Papers);
        var (key, fields) = papers.First();
        string[] vocabulary = [.. kept.Vocabulary, "zzplantedterm"];
        papers[key] = [new LunrFieldAnalysis(1, [vocabulary.Length - 1], [1]), .. fields.Skip(1)];
        SearchAnalysisCache.Write(cache, SearchIndexPlan.Fields, vocabulary, [.. papers.Select(p => (p.Key, p.Value))]);
        input.Write(NewDay, NewDayText);

        SiteBuilder.Build(Options(input.Output, input));

        Assert.Contains("\"zzplantedterm\"", Vocabularies(input.Output));
    }

    [Fact]
    public void A_changed_abstract_is_analysed_again()
    {
        using var input = new InputCopy();
        SiteBuilder.Build(Options(input.Output, input));
        var dump = Directory.GetFiles(Path.Combine(input.Input, "dumps")).Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(dump);
        const string Sentence = "Consolidating distributed model state into a single checkpoint";
        Assert.Contains(Sentence, text);
        File.WriteAllText(dump, text.Replace(Sentence, "Consolidating quokkafied model state into a single checkpoint", StringComparison.Ordinal));

        SiteBuilder.Build(Options(input.Output, input));

        Assert.Contains("\"quokka", Vocabularies(input.Output));
        AssertSameSearchFiles(CleanBuild(input), input.Output);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    public void A_damaged_entry_is_ignored(string damage)
    {
        using var input = new InputCopy();
        SiteBuilder.Build(Options(input.Output, input));
        var entry = Directory.GetFiles(new BuildCache(input.Output).Root, "search-analyses*").Single();
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "flipped" => [.. bytes[..^40], (byte)(bytes[^40] ^ 0x55), .. bytes[^39..]],
            _ => [],
        });
        input.Write(NewDay, NewDayText);

        var report = SiteBuilder.Build(Options(input.Output, input));

        Assert.True(report.Check!.IsClean, string.Join("\n", report.Check.Problems));
        AssertSameSearchFiles(CleanBuild(input), input.Output);
        Assert.NotEmpty(KeptAnalyses(input.Output).Papers);
    }

    [Fact]
    public void Kept_analyses_read_back_as_written()
    {
        string[] vocabulary = ["model", "ß", ""];
        var papers = new List<(UInt128, IReadOnlyList<LunrFieldAnalysis>)>
        {
            (1, [new LunrFieldAnalysis(3, [0, 1], [2, 1]), LunrFieldAnalysis.Empty]),
            (UInt128.MaxValue, [new LunrFieldAnalysis(1, [0], [1]), new LunrFieldAnalysis(2, [2], [2])]),
        };

        var read = SearchAnalysisCache.Decode(SearchAnalysisCache.Encode(vocabulary, papers), fieldCount: 2)!;

        Assert.Equal(vocabulary, read.Vocabulary);
        Assert.Equal(2, read.Papers.Count);
        Assert.Equal([0, 1], read.Papers[1][0].Terms.ToArray());
        Assert.Equal([2, 1], read.Papers[1][0].Counts.ToArray());
        Assert.Equal(3, read.Papers[1][0].Length);
        Assert.Same(LunrFieldAnalysis.Empty, read.Papers[1][1]);
        Assert.Equal([2], read.Papers[UInt128.MaxValue][1].Terms.ToArray());
    }

    [Fact]
    public void A_term_utf8_cannot_hold_is_never_kept_changed()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        string[] vocabulary = ["\uD800lone"];

        SearchAnalysisCache.Write(cache, SearchIndexPlan.Fields, vocabulary, [(7, [new LunrFieldAnalysis(1, [0], [1]), LunrFieldAnalysis.Empty, LunrFieldAnalysis.Empty])]);

        var kept = SearchAnalysisCache.Read(cache, SearchIndexPlan.Fields);
        Assert.True(kept.Papers.Count == 0 || kept.Vocabulary.SequenceEqual(vocabulary, StringComparer.Ordinal), "a lone surrogate came back as " + string.Join(",", kept.Vocabulary));
    }

    [Fact]
    public void An_entry_that_does_not_read_back_whole_and_consistent_is_none()
    {
        string[] vocabulary = ["model", "learn"];
        var good = SearchAnalysisCache.Encode(vocabulary, [(7, [new LunrFieldAnalysis(3, [0, 1], [2, 1])])]);
        Assert.NotNull(SearchAnalysisCache.Decode(good, fieldCount: 1));

        for (var length = 0; length < good.Length; length++)
        {
            Assert.Null(SearchAnalysisCache.Decode(good[..length], fieldCount: 1));
        }

        Assert.Null(SearchAnalysisCache.Decode([.. good, 0], fieldCount: 1));
        Assert.Null(SearchAnalysisCache.Decode(good, fieldCount: 2));
        Assert.Null(SearchAnalysisCache.Decode(SearchAnalysisCache.Encode(vocabulary, [(7, [new LunrFieldAnalysis(4, [0, 1], [2, 1])])]), fieldCount: 1));
        Assert.Null(SearchAnalysisCache.Decode(SearchAnalysisCache.Encode(vocabulary, [(7, [new LunrFieldAnalysis(2, [0, 0], [1, 1])])]), fieldCount: 1));
        Assert.Null(SearchAnalysisCache.Decode(SearchAnalysisCache.Encode(vocabulary, [(7, [new LunrFieldAnalysis(1, [2], [1])])]), fieldCount: 1));
        Assert.Null(SearchAnalysisCache.Decode(SearchAnalysisCache.Encode(vocabulary, [(7, [new LunrFieldAnalysis(0, [0], [0])])]), fieldCount: 1));
        Assert.Null(SearchAnalysisCache.Decode([0xFF, 0xFF, 0xFF, 0xFF, 0x07], fieldCount: 1));
    }

    /// <summary>Every segment's vocabulary, one after another.</summary>
    private static string Vocabularies(string output) =>
        string.Concat(Directory.GetFiles(Path.Combine(output, "search", "index"), "terms.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));

    private static BuildOptions Options(string output, InputCopy input) => new(input.Input, input.Theme, output, "https://example.org/digest/");

    private static KeptAnalyses KeptAnalyses(string output) => SearchAnalysisCache.Read(new BuildCache(output), SearchIndexPlan.Fields);

    private static string CleanBuild(InputCopy input)
    {
        var clean = Path.Combine(input.Root, "clean");
        SiteBuilder.Build(Options(clean, input));
        return clean;
    }

    private static void AssertSameSearchFiles(string expected, string actual)
    {
        var expectedFiles = Directory.GetFiles(Path.Combine(expected, "search"), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(expected, path)).Order(StringComparer.Ordinal).ToList();
        var actualFiles = Directory.GetFiles(Path.Combine(actual, "search"), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(actual, path)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedFiles, actualFiles);
        Assert.True(expectedFiles.Count > 5);
        foreach (var file in expectedFiles)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), file + " differs from a clean build's");
        }
    }
}
