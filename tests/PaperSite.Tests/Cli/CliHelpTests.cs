using PaperSite.Tests.Support;

namespace PaperSite.Tests.Cli;

/// <summary><c>papersite --help</c> lists the product's commands only; the benchmarks are a program of their own.</summary>
public sealed class CliHelpTests
{
    [Fact]
    public void Help_lists_exactly_the_products_commands()
    {
        using var dir = new TempDir();

        var result = CliRunner.Run(dir.Path, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["build", "lunr", "check", "serve"], CommandNames(result.Stdout));
    }

    [Fact]
    public void The_benchmarks_program_lists_the_bench_commands_but_not_the_hidden_child()
    {
        using var dir = new TempDir();

        var result = CliRunner.RunBenchmarks(dir.Path, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["bench", "bench-data", "bench-lunr"], CommandNames(result.Stdout));
    }

    [Fact]
    public void The_cli_no_longer_knows_the_bench_commands()
    {
        using var dir = new TempDir();

        var result = CliRunner.Run(dir.Path, "bench-data", "--papers", "10", "--out", "out");

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(Directory.Exists(dir.Combine("out")));
    }

    /// <summary>The first word of each line under "Commands:" in System.CommandLine's help.</summary>
    private static List<string> CommandNames(string help) =>
        help.Split('\n')
            .SkipWhile(line => line.Trim() != "Commands:")
            .Skip(1)
            .TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal))
            .Select(line => line.Trim().Split(' ')[0])
            .ToList();
}
