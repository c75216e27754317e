using System.Text.Json;
using PaperSite.Papers;
using PaperSite.Pipeline;
using PaperSite.Search;
using PaperSite.Lunr;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Search;

/// <summary>A site cut into several search shards: complete, valid, newest first, and stable as dumps are added.</summary>
public sealed class SearchShardTests
{
    [Theory]
    [InlineData(264, 400, 264)]
    [InlineData(400, 400, 400)]
    [InlineData(499, 400, 400)]
    [InlineData(500, 400, 500)]
    [InlineData(10000, 400, 9095)]
    [InlineData(50000, 400, 43368)]
    public void Epochs_cover_at_least_four_fifths_of_the_corpus(int papers, int shardSize, int expected)
    {
        var epoch = CorpusEpoch.Size(papers, shardSize);
        Assert.Equal(expected, epoch);
        Assert.InRange(epoch, papers * 0.8, papers);
    }

    [Fact]
    public void Shards_hold_every_paper_once_newest_first_and_only_the_newest_changes()
    {
        using var input = new InputCopy();
        input.Write("input/site.yml", File.ReadAllText(Path.Combine(RepoPaths.Input, "site.yml")) + "search_shard_size: 100\n");
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/digest/");
        var first = SiteBuilder.Build(options);
        Assert.True(first.Check!.IsClean, string.Join("\n", first.Check.Problems));

        var shards = Manifest(input.Output);
        Assert.Equal(["/digest/search/index.json", "/digest/search/index-2.json", "/digest/search/index-1.json"], shards.Select(s => s.Index));
        var refs = shards.SelectMany(s => Documents(input.Output, s.Documents).Keys).ToList();
        Assert.Equal(Enumerable.Range(0, 264), refs.Select(r => int.Parse(r, System.Globalization.CultureInfo.InvariantCulture)).Order());

        var oldest = Path.Combine(input.Output, "search", "index-1.json");
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(oldest, stamp);
        input.Write("input/dumps/2024-03-20.txt", "Mar 20\n\nA Brand New Zebrafish Paper\n\nWe study zebrafish with a new method, which is unrelated to anything else here.\n");
        SiteBuilder.Build(options);

        Assert.Equal(stamp, File.GetLastWriteTimeUtc(oldest));
        // The newest paper is the 265th, ref 264.
        Assert.Equal("/digest/papers/a-brand-new-zebrafish-paper/", Documents(input.Output, "/digest/search/documents.json")["264"]);
    }

    [Fact]
    public void A_run_of_consecutive_documents_emits_the_same_index_as_lunr_would_for_them_alone()
    {
        var docs = Enumerable.Range(0, 60)
            .Select(i => new LunrDocument($"paper-{i}", new Dictionary<string, LunrValue>
            {
                ["title"] = $"Paper {i} on {(i % 3 == 0 ? "graphs" : "diffusion")}",
                ["abstract"] = $"We study {(i % 2 == 0 ? "graph networks" : "denoising diffusion")} with {i} layers and shared words.",
                ["topics"] = LunrValue.FromList([i % 2 == 0 ? "Graphs" : "Diffusion Models"]),
            }))
            .ToList();
        var whole = new LunrIndexBuilder(SearchIndexPlan.Fields).Analyse(docs);
        var run = Enumerable.Range(20, 25).ToList();

        var shard = whole.ToUtf8Json(run, whole.ComputeStatistics(run));
        var alone = new LunrIndexBuilder(SearchIndexPlan.Fields).Analyse(docs.GetRange(20, 25)).ToUtf8Json();

        Assert.Equal(System.Text.Encoding.UTF8.GetString(alone), System.Text.Encoding.UTF8.GetString(shard));
    }

    private sealed record Shard(string Index, string Documents);

    private static List<Shard> Manifest(string output)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "search", "shards.json")));
        return json.RootElement.GetProperty("shards").EnumerateArray()
            .Select(s => new Shard(s.GetProperty("index").GetString()!, s.GetProperty("documents").GetString()!))
            .ToList();
    }

    /// <summary>The URL of each document of a documents file, by ref.</summary>
    private static Dictionary<string, string> Documents(string output, string url)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, url["/digest/".Length..])));
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("url").GetString()!);
    }
}
