using System.Text.Json;
using System.Text.Json.Nodes;
using PaperSite.Benchmarks;
using PaperSite.Lunr;
using PaperSite.Lunr.Tests;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Search.Lunr;

/// <summary>Whole corpora: the generated 2,000 papers, shards with shared statistics, and lunr.Index.load.</summary>
public sealed class LunrCorpusTests
{
    private static readonly LunrField[] PaperFields = [new("title", 10), new("abstract")];

    [Fact]
    public void Generated_corpus_is_deterministic_and_its_vocabulary_grows()
    {
        var seedText = SyntheticPaperCorpus.SeedTextFromDumps(RepoPaths.Dumps).ToList();
        var first = SyntheticPaperCorpus.Generate(400, seedText);
        Assert.Equal(first, SyntheticPaperCorpus.Generate(400, seedText));
        var small = Analyse(SyntheticPaperCorpus.Generate(100, seedText));
        var large = Analyse(first);
        Assert.True(large.Terms.Count(t => t is not null) > small.Terms.Count(t => t is not null) + 200);
    }

    [RequiresNodeFact]
    public void Generated_2000_papers_match_lunr_js()
    {
        var papers = SyntheticPaperCorpus.Generate(2000, SyntheticPaperCorpus.SeedTextFromDumps(RepoPaths.Dumps));
        using var files = new TempFiles();
        var docs = files.Write("docs.json", SyntheticPaperCorpus.ToJson(papers));
        var config = files.Path("config.json");
        LunrGolden.WriteConfig(config, "id", [("title", 10), ("abstract", 1)]);

        var expected = LunrGolden.BuildWithLunrJs(docs, config);
        LunrGolden.AssertSameBytes(expected, Analyse(papers).ToUtf8Json());
        LunrGolden.AssertSameBytes(expected, LunrGolden.BuildWithCSharp(docs, config));
    }

    [Fact]
    public void Shards_with_whole_corpus_statistics_score_exactly_like_the_whole_index()
    {
        var analysis = SeedAnalysis();
        var whole = ScoresByFieldRef(analysis.ToUtf8Json());
        var shards = Enumerable.Range(0, 3)
            .Select(s => ScoresByFieldRef(analysis.ToUtf8Json(Enumerable.Range(0, analysis.DocumentCount).Where(d => d % 3 == s), analysis.Statistics)))
            .ToList();

        Assert.Equal(whole.Count, shards.Sum(shard => shard.Count));
        foreach (var shard in shards)
        {
            foreach (var (fieldRef, scores) in shard)
            {
                Assert.Equal(whole[fieldRef], scores);
            }
        }
    }

    [Fact]
    public void A_shard_with_its_own_statistics_scores_differently()
    {
        var analysis = SeedAnalysis();
        var subset = Enumerable.Range(0, 50).ToList();
        Assert.NotEqual(analysis.ToJson(subset), analysis.ToJson(subset, analysis.Statistics));
        Assert.Equal(50, analysis.ComputeStatistics(subset).DocumentCount);
        Assert.Equal(analysis.DocumentCount, analysis.Statistics.DocumentCount);
    }

    [RequiresNodeFact]
    public void A_shard_with_its_own_statistics_equals_lunr_js_given_only_those_documents()
    {
        var subset = new[] { 3, 4, 10, 57, 58, 120, 200, 291 };
        var allDocs = JsonNode.Parse(File.ReadAllBytes(LunrGolden.PathOf("seed-papers.json")))!.AsArray();
        using var files = new TempFiles();
        var docs = files.Write("docs.json", JsonSerializer.SerializeToUtf8Bytes(new JsonArray(subset.Select(i => allDocs[i]!.DeepClone()).ToArray())));

        var expected = LunrGolden.BuildWithLunrJs(docs, LunrGolden.PathOf("seed-papers.config.json"));
        LunrGolden.AssertSameBytes(expected, SeedAnalysis().ToUtf8Json(subset));
    }

    [RequiresNodeFact]
    public void Lunr_loads_our_index_and_shards_and_finds_the_paper()
    {
        var analysis = SeedAnalysis();
        using var files = new TempFiles();
        var whole = files.Write("whole.json", analysis.ToUtf8Json());
        var shard = files.Write("shard.json", analysis.ToUtf8Json([0, 1, 2, 3], analysis.Statistics));

        Assert.Equal("000-001", JsonSerializer.Deserialize<string[]>(NodeRunner.RunReference("search", [whole, "checkpointing"]))![0]);
        Assert.Equal("000-001", JsonSerializer.Deserialize<string[]>(NodeRunner.RunReference("search", [shard, "universal checkpointing"]))![0]);
    }

    private static LunrAnalysis Analyse(IEnumerable<SyntheticPaper> papers)
    {
        var documents = papers.Select(paper => new LunrDocument(paper.Id, new Dictionary<string, LunrValue>
        {
            ["title"] = paper.Title,
            ["abstract"] = paper.Abstract,
        })).ToList();
        return new LunrIndexBuilder(PaperFields).Analyse(documents);
    }

    private static LunrAnalysis SeedAnalysis()
    {
        return LunrJsonIndexer.Analyse(File.ReadAllBytes(LunrGolden.PathOf("seed-papers.json")), "id", PaperFields);
    }

    /// <summary>fieldRef → (term → score), independent of each index's own term numbering.</summary>
    private static Dictionary<string, Dictionary<string, double>> ScoresByFieldRef(byte[] json)
    {
        using var index = JsonDocument.Parse(json);
        var termOfIndex = new Dictionary<int, string>();
        foreach (var entry in index.RootElement.GetProperty("invertedIndex").EnumerateArray())
        {
            termOfIndex[entry[1].GetProperty("_index").GetInt32()] = entry[0].GetString()!;
        }

        var result = new Dictionary<string, Dictionary<string, double>>();
        foreach (var vector in index.RootElement.GetProperty("fieldVectors").EnumerateArray())
        {
            var pairs = vector[1].EnumerateArray().ToList();
            var scores = new Dictionary<string, double>();
            for (var i = 0; i < pairs.Count; i += 2)
            {
                scores[termOfIndex[pairs[i].GetInt32()]] = pairs[i + 1].GetDouble();
            }

            result[vector[0].GetString()!] = scores;
        }

        return result;
    }
}

/// <summary>A temporary directory deleted at the end of a test.</summary>
internal sealed class TempFiles : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("papersite-lunr-").FullName;

    public string Path(string name) => System.IO.Path.Combine(_directory, name);

    public string Write(string name, byte[] content)
    {
        File.WriteAllBytes(Path(name), content);
        return Path(name);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
