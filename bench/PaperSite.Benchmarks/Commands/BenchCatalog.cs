using System.CommandLine;

namespace PaperSite.Benchmarks.Commands;

/// <summary>Every sub-command of the benchmarks program, in the order <c>--help</c> lists them.</summary>
internal static class BenchCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return BenchCommand.Create();
        yield return BenchDataCommand.Create();
        yield return BenchLunrCommand.Create();
        yield return BenchRunCommand.Create();
    }
}
