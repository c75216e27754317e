using System.Text.Json;
using System.Text.Json.Nodes;
using PaperSite.Benchmarks;
using PaperSite.Lunr;
using PaperSite.Lunr.Tests;
using PaperSite.Tests.Search.Lunr;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Search;

/// <summary>
/// The index cut into segments of consecutive papers and split by term, searched by
/// theme/assets/lunr-parts.js under node, against one index of the same 2,000 papers built by lunr.js
/// itself: same refs, same scores, for every kind of query.
/// </summary>
public sealed class LunrPartsParityTests
{
    private static readonly string[] TopicNames = ["Reinforcement Learning", "Diffusion Models", "Large Language Models", "Computer Vision", "Graph Neural Networks"];

    // Small parts, so that queries merge several of them.
    private const long Budget = 20_000;

    // Segments of uneven sizes: the parts a query needs come from each, scored together.
    private const int SegmentSize = 700;

    [RequiresNodeFact]
    public void Merged_parts_rank_every_kind_of_query_exactly_like_one_lunr_js_index()
    {
        var reinforcement = LunrPipeline.Analyse(LunrValue.FromList(["Reinforcement Learning"])).Single();
        var results = Run(
            Query("diffusion"),
            Query("reinforcement learning"),
            Query("title:diffusion"),
            Query("+language -vision"),
            Query("model*"),
            Query("graph~1"),
            Query("transformer~2 attention"),
            Query("zzqxjw"),
            Query("the"),
            Query("*form"),
            Query("title:diffusion^10 model"),
            Query("learning", reinforcement));

        foreach (var result in results)
        {
            var text = result["text"]!.GetValue<string>();
            Assert.True(result["parts"] is JsonArray, $"{text}: refused ({result["refused"]!.ToJsonString()})");
            var whole = Pairs(result["whole"]!);
            var parts = Pairs(result["parts"]!);
            Assert.Equal(whole.Count, parts.Count);
            foreach (var (expected, actual) in whole.Zip(parts))
            {
                Assert.True(Math.Abs(expected.Score - actual.Score) <= 1e-9, $"{text}: the result in one index scores {expected.Score} ({expected.Ref}), from parts {actual.Score} ({actual.Ref})");
            }

            // Results of equal score come in the order lunr's token set lists the terms that matched
            // them, which for "*form" depends on every term the index holds: the same, up to that order.
            // (One segment loads other terms than one index holds, so the order can differ there.)
            Assert.Equal(ByScoreThenRef(whole), ByScoreThenRef(parts));
        }

        Assert.All(results.Where(r => r["text"]!.GetValue<string>() is not ("zzqxjw" or "the")), r => Assert.True(r["whole"]!.AsArray().Count > 0, r["text"]!.GetValue<string>() + " finds nothing"));
        Assert.Contains(results, r => r["loaded"]!.AsArray().Count > 1);
    }

    [RequiresNodeFact]
    public void A_prefix_loads_only_the_parts_of_that_prefix()
    {
        var result = Run(Query("model*")).Single();
        var loaded = result["loaded"]!.AsArray().Select(k => k!["key"]!.GetValue<string>()).ToList();

        Assert.NotEmpty(loaded);
        Assert.All(loaded, key => Assert.True("model".StartsWith(key, StringComparison.Ordinal) || key.StartsWith("model", StringComparison.Ordinal), key));
    }

    [RequiresNodeFact]
    public void A_query_of_excluded_words_only_is_refused_not_answered_in_part()
    {
        var result = Run(Query("-vision")).Single();

        Assert.Null(result["parts"]);
        Assert.NotEmpty(result["refused"]!.AsArray());
    }

    [RequiresNodeFact]
    public void A_term_that_would_download_more_than_the_limit_is_refused_not_answered_in_part()
    {
        var result = Run(new { text = "*e diffusion", topics = Array.Empty<string>(), limit = 200_000 }).Single();

        Assert.Null(result["parts"]);
        Assert.Equal(["*e"], result["refused"]!.AsArray().Select(r => r!["term"]!.GetValue<string>()));
    }

    private static object Query(string text, params string[] topics) => new { text, topics };

    private static List<JsonNode> Run(params object[] queries)
    {
        var papers = SyntheticPaperCorpus.Generate(2000, SyntheticPaperCorpus.SeedTextFromDumps(RepoPaths.Dumps));
        using var files = new TempFiles();
        var docs = files.Write("docs.json", JsonSerializer.SerializeToUtf8Bytes(papers.Select((paper, i) => new
        {
            id = paper.Id,
            title = paper.Title,
            @abstract = paper.Abstract,
            topics = new[] { TopicNames[i % TopicNames.Length], TopicNames[i * 7 / 3 % TopicNames.Length] }.Distinct(),
        })));
        var config = files.Path("config.json");
        LunrGolden.WriteConfig(config, "id", [("title", 10), ("abstract", 1), ("topics", 1)]);
        var whole = files.Write("whole.json", LunrGolden.BuildWithLunrJs(docs, config));

        var parts = LunrJsonIndexer.Analyse(File.ReadAllBytes(docs), "id", [new LunrField("title", 10), new LunrField("abstract"), new LunrField("topics")]).ToParts(Budget, SegmentSize);
        Assert.Equal(3, parts.Segments.Count);
        // Parts with a term in most papers are cut by document: the merge of their files is tested too.
        Assert.Contains(parts.Segments.SelectMany(s => s.Parts).GroupBy(p => p.Key), group => group.Count() > 1);
        parts.WriteTo(files.Path("parts"));
        var manifest = files.Path(Path.Combine("parts", LunrIndexParts.ManifestFile));
        var queryFile = files.Write("queries.json", JsonSerializer.SerializeToUtf8Bytes(queries));

        var script = Path.Combine(RepoPaths.Root, "tests", "PaperSite.Tests", "Search", "lunr-parts-parity.js");
        var module = Path.Combine(RepoPaths.Theme, "assets", "lunr-parts.js");
        var output = NodeRunner.Run([script, NodeRunner.LunrDirectory, module, whole, manifest, queryFile]);
        return JsonNode.Parse(output)!.AsArray().Select(n => n!).ToList();
    }

    // Summed in another order, an equal score may differ in its last bit.
    private static List<string> ByScoreThenRef(List<(string Ref, double Score)> results) =>
        results.OrderByDescending(r => Math.Round(r.Score, 9)).ThenBy(r => r.Ref, StringComparer.Ordinal).Select(r => r.Ref).ToList();

    private static List<(string Ref, double Score)> Pairs(JsonNode results) =>
        results.AsArray().Select(pair => (pair![0]!.GetValue<string>(), pair[1]!.GetValue<double>())).ToList();
}
