using System.Text.Json;
using PaperSite.Benchmarks;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Search;

/// <summary>The search files: every paper once, in the group its ref names, and a new day leaves older results groups and the sealed segment alone.</summary>
public sealed class SearchIndexPlanTests
{
    [Fact]
    public void Every_paper_has_result_data_once_and_a_new_day_rewrites_only_the_last_groups()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/digest/");
        var first = SiteBuilder.Build(options);
        Assert.True(first.Check!.IsClean, string.Join("\n", first.Check.Problems));

        using (var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(input.Output, "search", "search.json"))))
        {
            Assert.Equal("/digest/search/index/parts.json", manifest.RootElement.GetProperty("index").GetString());
            Assert.Equal("/digest/search/results/", manifest.RootElement.GetProperty("results").GetString());
            Assert.Equal(264, manifest.RootElement.GetProperty("papers").GetInt32());
        }

        var groups = Directory.GetFiles(Path.Combine(input.Output, "search", "results"));
        var refs = groups.SelectMany(file => Refs(file).Select(r => (Group: int.Parse(Path.GetFileNameWithoutExtension(file), System.Globalization.CultureInfo.InvariantCulture), Ref: int.Parse(r, System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        Assert.Equal(Enumerable.Range(0, 264), refs.Select(r => r.Ref).Order());
        Assert.All(refs, r => Assert.Equal(r.Ref / 10, r.Group));

        var oldest = Path.Combine(input.Output, "search", "results", "0.json");
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(oldest, stamp);
        input.Write("input/dumps/2024-03-20.txt", "Mar 20\n\nA Brand New Zebrafish Paper\n\nWe study zebrafish with a new method, which is unrelated to anything else here.\n");
        var next = SiteBuilder.Build(options);

        Assert.True(next.Check!.IsClean, string.Join("\n", next.Check.Problems));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(oldest));
        // The newest paper is the 265th, ref 264, in group 26.
        Assert.Contains("264", Refs(Path.Combine(input.Output, "search", "results", "26.json")));
    }

    [Fact]
    public void A_new_day_leaves_the_sealed_segment_alone_and_rewrites_the_newer_one()
    {
        using var dir = new TempDir();
        var input = dir.Combine("input");
        SyntheticDumpWriter.WriteInputFolder(input, RepoPaths.Input, 1_100, SyntheticPaperCorpus.DefaultSeed);
        var options = new BuildOptions(input, RepoPaths.Theme, dir.Combine("output"), "https://example.org/");
        Assert.True(SiteBuilder.Build(options).Check!.IsClean);
        var index = dir.Combine("output", "search", "index");
        var (sealedBefore, newerBefore) = Segments(index);
        Assert.StartsWith("0-", sealedBefore, StringComparison.Ordinal);
        Assert.StartsWith("1000-", newerBefore, StringComparison.Ordinal);
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var sealedFiles = Directory.GetFiles(Path.Combine(index, sealedBefore));
        Assert.True(sealedFiles.Length > 3);
        Array.ForEach(sealedFiles, file => File.SetLastWriteTimeUtc(file, stamp));

        SyntheticDumpWriter.WriteNextDay(Path.Combine(input, "dumps"), RepoPaths.Input, 1_100, SyntheticPaperCorpus.DefaultSeed);
        var next = SiteBuilder.Build(options);

        Assert.True(next.Check!.IsClean, string.Join("\n", next.Check.Problems));
        var (sealedAfter, newerAfter) = Segments(index);
        Assert.Equal(sealedBefore, sealedAfter);
        Assert.All(Directory.GetFiles(Path.Combine(index, sealedAfter)), file => Assert.Equal(stamp, File.GetLastWriteTimeUtc(file)));
        Assert.NotEqual(newerBefore, newerAfter);
        Assert.False(Directory.Exists(Path.Combine(index, newerBefore)), "the newer segment's old folder is removed");
    }

    /// <summary>The folders the parts' manifest lists, in order: the sealed segment and the newer one.</summary>
    private static (string Sealed, string Newer) Segments(string index)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(index, "parts.json")));
        var folders = manifest.RootElement.GetProperty("segments").EnumerateArray().Select(s => s.GetString()!.Split('/')[0]).ToList();
        Assert.Equal(2, folders.Count);
        return (folders[0], folders[1]);
    }

    private static List<string> Refs(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        return json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
    }
}
