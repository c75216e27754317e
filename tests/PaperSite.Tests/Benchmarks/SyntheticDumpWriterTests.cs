using PaperSite.Benchmarks;
using PaperSite.Diagnostics;
using PaperSite.Dumps;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Benchmarks;

/// <summary>The synthetic corpus is only worth benchmarking if it is repeatable and reads like real dumps.</summary>
public sealed class SyntheticDumpWriterTests
{
    private const int Seed = 7;

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        using var dir = new TempDir();
        SyntheticDumpWriter.WriteInputFolder(dir.Combine("a"), RepoPaths.Input, 120, Seed);
        SyntheticDumpWriter.WriteInputFolder(dir.Combine("b"), RepoPaths.Input, 120, Seed);
        SyntheticDumpWriter.WriteInputFolder(dir.Combine("c"), RepoPaths.Input, 120, Seed + 1);

        var a = Files(dir.Combine("a"));
        Assert.Equal(a, Files(dir.Combine("b")));
        Assert.NotEqual(a["dumps/2025-06-30.txt"], Files(dir.Combine("c"))["dumps/2025-06-30.txt"]);
    }

    [Fact]
    public void N_papers_go_in_ceil_n_over_50_daily_files_going_back_from_the_newest_day()
    {
        using var dir = new TempDir();
        var digests = SyntheticDumpWriter.WriteInputFolder(dir.Path, RepoPaths.Input, 120, Seed);

        Assert.Equal(["2025-06-28.txt", "2025-06-29.txt", "2025-06-30.txt"], Directory.GetFiles(dir.Combine("dumps")).Select(Path.GetFileName).Order());
        Assert.Equal(120, digests.SelectMany(d => d.Papers).Select(p => p.Title).Distinct().Count());
        Assert.True(File.Exists(dir.Combine("site.yml")) && File.Exists(dir.Combine("topics.yml")));
    }

    [Fact]
    public void Every_file_parses_to_its_papers_with_its_date_and_no_warnings()
    {
        using var dir = new TempDir();
        var digests = SyntheticDumpWriter.WriteInputFolder(dir.Path, RepoPaths.Input, 1000, Seed);
        var diagnostics = new DiagnosticBag();

        foreach (var digest in digests)
        {
            var dump = DumpParser.Parse(File.ReadAllBytes(dir.Combine("dumps", digest.FileName)), digest.FileName, null, diagnostics)!;
            Assert.Equal(digest.Date, dump.Date);
            Assert.Equal(digest.Papers.Select(p => (p.Title, p.Abstract)), dump.Entries.Select(e => (e.Title, e.Abstract.Value)));
        }

        Assert.Empty(diagnostics.Sorted());
        Assert.Contains(digests, d => d.Layout == SyntheticDumpLayout.SearchResults);
        Assert.InRange(digests.Sum(d => d.Papers.Count) - 1000, 10, 60);
    }

    [Fact]
    public void The_next_day_lists_new_papers_and_a_few_from_the_corpus()
    {
        using var dir = new TempDir();
        var corpus = SyntheticDumpWriter.WriteInputFolder(dir.Path, RepoPaths.Input, 500, Seed);
        var next = SyntheticDumpWriter.WriteNextDay(dir.Combine("dumps"), RepoPaths.Input, 500, Seed);

        var earlier = corpus.SelectMany(d => d.Papers).Select(p => p.Title).ToHashSet();
        Assert.Equal(SyntheticDigestPlan.NewestDate.AddDays(1), next.Date);
        Assert.Equal(50, next.Papers.Count(p => !earlier.Contains(p.Title)));
        Assert.True(File.Exists(dir.Combine("dumps", "2025-07-01.txt")));
    }

    [Fact]
    public void A_small_corpus_builds_into_a_site_whose_check_is_clean()
    {
        using var dir = new TempDir();
        SyntheticDumpWriter.WriteInputFolder(dir.Combine("input"), RepoPaths.Input, 300, Seed);

        var report = SiteBuilder.Build(new BuildOptions(dir.Combine("input"), RepoPaths.Theme, dir.Combine("output")));

        Assert.Equal((6, 300), (report.Dumps, report.Papers));
        Assert.Empty(report.Warnings);
        Assert.True(report.Check!.IsClean, string.Join("\n", report.Check.Problems));
    }

    private static Dictionary<string, byte[]> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes);
}
