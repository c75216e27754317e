using PaperSite.Benchmarks;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Benchmarks;

/// <summary>The benchmark's measuring and reporting, on a corpus small enough to build in a second.</summary>
public sealed class BenchMeasurementTests
{
    [Fact]
    public void A_measured_build_has_every_stage_then_the_check_and_its_sizes_add_up()
    {
        using var dir = new TempDir();
        SyntheticDumpWriter.WriteInputFolder(dir.Combine("input"), RepoPaths.Input, 100, 3);

        var build = BuildMeasurer.Measure(new BuildOptions(dir.Combine("input"), RepoPaths.Theme, dir.Combine("output")), check: true);
        var size = OutputSize.Measure(dir.Combine("output"));

        // Related papers are found beside topics and then plan: their thread may start before topics
        // or only once plan has begun.
        var stages = build.Stages.Select(s => s.Stage).ToList();
        Assert.Equal(["read", "parse", "merge"], stages[..3]);
        Assert.Equal(["plan", "related", "topics"], stages[3..6].Order(StringComparer.Ordinal));
        Assert.True(stages.IndexOf("topics") < stages.IndexOf("plan"));
        Assert.Equal(["render", "write", "check"], stages[6..]);
        Assert.Equal((100, 0, 0), (build.Papers, build.Warnings, build.CheckProblems));
        Assert.True(build.PeakWorkingSetWithCheckBytes >= build.PeakWorkingSetBytes && build.PeakWorkingSetBytes > 0);
        Assert.InRange(size.SearchParts, 1, 100);
        Assert.InRange(size.LargestPartGzipBytes, size.MedianPartGzipBytes, size.SearchGzipBytes);
        Assert.InRange(size.SearchGzipBytes, 1, size.SearchBytes - 1);
        Assert.True(size.Files >= build.Files);

        var markdown = BenchTable.Markdown(MachineInfo.Current(), [new BenchResult(100, 1, build, size, build)]);
        Assert.Contains("| papers | 100 |", markdown);
        Assert.Contains("| check | ", markdown);
    }

    [Fact]
    public void Bench_data_refuses_a_folder_that_is_not_empty_in_one_line()
    {
        using var dir = new TempDir();
        dir.Write("out/old.txt", "from another run");

        var result = CliRunner.RunBenchmarks(dir.Path, "bench-data", "--papers", "10", "--out", "out", "--input", RepoPaths.Input);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: out is not empty", Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }
}
