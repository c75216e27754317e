using System.Text.Json;
using PaperSite.Benchmarks;
using PaperSite.Caching;
using PaperSite.Lunr;
using PaperSite.Pipeline;
using PaperSite.Search;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Search;

/// <summary>
/// What a new day, an edit or a damaged cache does to the search files: only the segment whose papers
/// changed is made again, from each segment's summary kept in the build cache, and the files are always
/// those of a clean build.
/// </summary>
public sealed class SearchNextDayTests
{
    private const string NewDay = "input/dumps/2024-03-20.txt";
    private const string NewDayText = "Mar 20\n\nA Brand New Zebrafish Paper\n\nWe study zebrafish with a new method, which is unrelated to anything else here.\n";

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
        var clean = dir.Combine("clean");
        SiteBuilder.Build(options with { OutputDir = clean });
        AssertSameSearchFiles(clean, dir.Combine("output"));
    }

    /// <summary>The folders the parts' manifest lists, in order: the sealed segment and the newer one.</summary>
    private static (string Sealed, string Newer) Segments(string index)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(index, "parts.json")));
        var folders = manifest.RootElement.GetProperty("segments").EnumerateArray().Select(s => s.GetString()!.Split('/')[0]).ToList();
        Assert.Equal(2, folders.Count);
        return (folders[0], folders[1]);
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
    public void A_damaged_summary_is_ignored(string damage)
    {
        using var input = new InputCopy();
        SiteBuilder.Build(Options(input.Output, input));
        var entry = Directory.GetFiles(new BuildCache(input.Output).Root, "search-segment-*").Single();
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "flipped" => [.. bytes[..^20], (byte)(bytes[^20] ^ 0x55), .. bytes[^19..]],
            _ => [],
        });
        input.Write(NewDay, NewDayText);

        var report = SiteBuilder.Build(Options(input.Output, input));

        Assert.True(report.Check!.IsClean, string.Join("\n", report.Check.Problems));
        AssertSameSearchFiles(CleanBuild(input), input.Output);
    }

    [Fact]
    public void A_summary_reads_back_as_written()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        var summary = new SearchSegmentSummary(["p-a.json", "p-_00e9.json"], new LunrSegmentLengths(3, 2, [40, 5_000_000_000, 0]));

        cache.Store("search-segment-0", "key", summary.Write);
        var read = cache.Load("search-segment-0", "key", SearchSegmentSummary.Read)!;

        Assert.Equal(summary.PartNames, read.PartNames);
        Assert.Equal((3, 2), (read.Lengths.Documents, read.Lengths.Refs));
        Assert.Equal(summary.Lengths.FieldLengths, read.Lengths.FieldLengths);
        Assert.Null(cache.Load("search-segment-0", "another key", SearchSegmentSummary.Read));
    }

    /// <summary>Every segment's vocabulary, one after another.</summary>
    private static string Vocabularies(string output) =>
        string.Concat(Directory.GetFiles(Path.Combine(output, "search", "index"), "terms.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));

    private static BuildOptions Options(string output, InputCopy input) => new(input.Input, input.Theme, output, "https://example.org/digest/");

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
