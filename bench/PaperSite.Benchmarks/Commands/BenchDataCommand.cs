using System.CommandLine;
using PaperSite.Cli.Commands;

namespace PaperSite.Benchmarks.Commands;

/// <summary><c>bench-data</c>: writes a synthetic input folder of N papers in daily dumps.</summary>
internal static class BenchDataCommand
{
    public static Command Create()
    {
        var papers = new Option<int>("--papers") { Description = "How many distinct papers (50 a day)", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write: dumps/*.txt, site.yml, topics.yml", Required = true };
        var seed = Seed();
        var input = CliOptions.Input();
        input.Description = "Input folder whose dumps give the seed text and whose site.yml and topics.yml are copied";
        var command = new Command("bench-data", "Write a synthetic input folder of daily dumps for benchmarks") { papers, output, seed, input };
        command.SetAction(parse => UserErrors.Guard(() =>
        {
            var count = parse.GetValue(papers);
            var outDir = parse.GetValue(output)!;
            if (count < 1)
            {
                return UserErrors.Fail("error: --papers must be at least 1");
            }

            if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
            {
                // Old dumps of a larger corpus would stay behind and be built with the new ones.
                return UserErrors.Fail($"error: {outDir} is not empty; pass --out with a new or empty folder");
            }

            var digests = SyntheticDumpWriter.WriteInputFolder(outDir, parse.GetValue(input)!, count, parse.GetValue(seed));
            Console.WriteLine($"{count} papers, {digests.Sum(d => d.Papers.Count)} entries in {digests.Count} dumps " +
                $"({digests[^1].Date:yyyy-MM-dd} to {digests[0].Date:yyyy-MM-dd}) written to {Path.GetFullPath(outDir)}");
            return 0;
        }));
        return command;
    }

    /// <summary>The <c>--seed</c> option, shared with <c>bench</c> so both generate the same corpus by default.</summary>
    public static Option<int> Seed() => new("--seed")
    {
        Description = "Random seed; the same seed writes the same bytes",
        DefaultValueFactory = _ => SyntheticPaperCorpus.DefaultSeed,
    };
}
