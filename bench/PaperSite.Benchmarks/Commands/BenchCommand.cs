using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PaperSite.Caching;
using PaperSite.Cli.Commands;
using Spectre.Console;

namespace PaperSite.Benchmarks.Commands;

/// <summary>
/// <c>bench</c>: for each corpus size, generates a synthetic input (cached), builds it in a fresh output
/// folder in a child process, checks it, measures the site, then builds it again with one more day's dump.
/// </summary>
internal static class BenchCommand
{
    private const string CompleteMarker = ".bench-complete";

    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "Corpus sizes in papers, comma-separated", DefaultValueFactory = _ => "1000,10000,50000" };
        var work = new Option<string>("--work") { Description = "Folder for corpora, sites and results.md", DefaultValueFactory = _ => "bench-out" };
        var runs = new Option<int>("--runs") { Description = "Full builds per size; the fastest is reported", DefaultValueFactory = _ => 1 };
        var seed = BenchDataCommand.Seed();
        var input = CliOptions.Input();
        input.Description = "Input folder whose dumps give the seed text and whose site.yml and topics.yml are copied";
        var theme = CliOptions.Theme();
        var command = new Command("bench", "Benchmark full and incremental builds on synthetic corpora of several sizes") { sizes, work, runs, seed, input, theme };
        command.SetAction(parse => UserErrors.Guard(() =>
        {
            if (ParseSizes(parse.GetValue(sizes)!) is not { } sizeList)
            {
                return UserErrors.Fail("error: --sizes must be positive whole numbers separated by commas, e.g. 1000,10000");
            }

            if (parse.GetValue(runs) < 1)
            {
                return UserErrors.Fail("error: --runs must be at least 1");
            }

            var bench = new Bench(parse.GetValue(work)!, parse.GetValue(input)!, parse.GetValue(theme)!, parse.GetValue(seed), parse.GetValue(runs));
            var results = sizeList.Select(bench.Measure).ToList();
            bench.EmptyTrash();
            Report(bench.Work, results);
            return 0;
        }));
        return command;
    }

    private static List<int>? ParseSizes(string text)
    {
        var sizes = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1)
            {
                return null;
            }

            sizes.Add(size);
        }

        return sizes.Distinct().ToList();
    }

    private static void Report(string work, List<BenchResult> results)
    {
        var machine = MachineInfo.Current();
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(machine.ToString()));
        var headers = BenchTable.Headers(results);
        table.AddColumn(headers[0]);
        foreach (var header in headers.Skip(1))
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var row in BenchTable.Rows(results))
        {
            table.AddRow([Markup.Escape(row.Label), .. row.Values.Select(Markup.Escape)]);
        }

        table.Caption("stage rows: wall time (managed memory allocated meanwhile; related overlaps topics and plan); peak memory: peak working set of the build's process");
        AnsiConsole.Write(table);
        var markdown = Path.Combine(work, "results.md");
        File.WriteAllText(markdown, BenchTable.Markdown(machine, results));

        // Every figure measured, with the working set after each stage, for a closer look than the table gives.
        File.WriteAllText(Path.Combine(work, "results.json"), JsonSerializer.Serialize(new { machine, results }, new JsonSerializerOptions { WriteIndented = true }));
        AnsiConsole.MarkupLine($"Markdown table written to [bold]{Markup.Escape(Path.GetFullPath(markdown))}[/], all figures to results.json beside it");
    }

    /// <summary>One benchmark session's settings and the steps it takes per size.</summary>
    private sealed record Bench(string Work, string Input, string Theme, int Seed, int Runs)
    {
        private readonly List<string> _trash = [];

        public BenchResult Measure(int papers)
        {
            AnsiConsole.MarkupLine($"[bold]{papers:N0} papers[/]");
            var corpus = Corpus(papers);
            var output = Path.Combine(Work, $"site-{papers}");
            var nextDay = NextDayInput(corpus, papers);
            OutputSize? size = null;
            IReadOnlyList<SearchQueryCost>? search = null;
            int? searchWritten = null;

            // Each full build is followed by the next day's build into its output: the incremental
            // figure is the fastest of as many runs as the full one, so the two compare like for like.
            var runs = Enumerable.Range(1, Runs).Select(run =>
            {
                var full = FullBuild(corpus, output, run);
                size ??= OutputSize.Measure(output);
                if (search is null)
                {
                    var (costs, problem) = SearchCostMeasurer.Measure(output);
                    search = costs;
                    if (problem is null)
                    {
                        Progress("search", string.Join("; ", costs.Select(c => $"{c.Query}: {c.Bytes / 1024.0:F0} KiB in {c.Requests} requests")));
                    }
                    else
                    {
                        AnsiConsole.MarkupLine($"  [red]✗[/] {"search",-12} [red]{Markup.Escape(problem)}[/]");
                    }
                }

                var before = SearchFileStamps(output);
                DiskSync.FlushAll();
                var incremental = BenchRunCommand.RunChild(nextDay, Theme, output, check: false);
                searchWritten ??= SearchFileStamps(output).Count(file => !before.TryGetValue(file.Key, out var stamp) || stamp != file.Value);
                Progress($"incremental {run}/{Runs}", $"{incremental.BuildMilliseconds / 1000:F2} s, {incremental.Written} written, {incremental.Unchanged} unchanged, {incremental.Removed} removed");
                return (Full: full, Incremental: incremental);
            }).ToList();
            return new BenchResult(
                papers,
                Runs,
                runs.MinBy(r => r.Full.BuildMilliseconds).Full,
                size!,
                runs.MinBy(r => r.Incremental.BuildMilliseconds).Incremental,
                searchWritten ?? 0,
                search);
        }

        /// <summary>Each file under <c>search/</c> with its last write time: the next day's build leaves unchanged files alone.</summary>
        private static Dictionary<string, DateTime> SearchFileStamps(string output)
        {
            var search = new DirectoryInfo(Path.Combine(output, "search"));
            return search.Exists
                ? search.EnumerateFiles("*", SearchOption.AllDirectories).ToDictionary(f => f.FullName, f => f.LastWriteTimeUtc)
                : [];
        }

        /// <summary>The input folder of <paramref name="papers"/> papers, generated once per size and seed.</summary>
        private string Corpus(int papers)
        {
            var dir = Path.Combine(Work, $"corpus-{papers}-seed-{Seed}");
            if (File.Exists(Path.Combine(dir, CompleteMarker)))
            {
                Progress("corpus", $"cached in {dir}");
                return dir;
            }

            // A folder without the marker is what an interrupted run left: start it again.
            Reset(dir);
            var clock = Stopwatch.StartNew();
            var digests = SyntheticDumpWriter.WriteInputFolder(dir, Input, papers, Seed);
            File.WriteAllText(Path.Combine(dir, CompleteMarker), "");
            Progress("corpus", $"{digests.Count} dumps generated in {clock.Elapsed.TotalSeconds:F1} s into {dir}");
            return dir;
        }

        private BuildMeasurement FullBuild(string corpus, string output, int run)
        {
            // A full build starts with no site and nothing cached from an earlier build.
            MoveAside(output);
            MoveAside(new BuildCache(output).Root);
            DiskSync.FlushAll();
            var measured = BenchRunCommand.RunChild(corpus, Theme, output, check: true);
            Progress($"build {run}/{Runs}", $"{measured.BuildMilliseconds / 1000:F2} s, check {measured.Check!.Milliseconds / 1000:F2} s, peak {measured.PeakWorkingSetBytes >> 20} MiB");
            return measured;
        }

        /// <summary>A copy of the corpus with the next day's dump added; the corpus itself stays as cached.</summary>
        private string NextDayInput(string corpus, int papers)
        {
            var dir = corpus + "-next";
            Reset(dir);
            CopyFolder(corpus, dir);
            SyntheticDumpWriter.WriteNextDay(Path.Combine(dir, "dumps"), Input, papers, Seed);
            return dir;
        }

        /// <summary>
        /// Moves a folder out of the way, to delete once measuring is done: deleting a large site
        /// just before a build makes creating its files slower on ext4 (recently freed inodes are
        /// skipped when new ones are allocated), which would be measured as the build's time.
        /// </summary>
        private void MoveAside(string dir)
        {
            if (Directory.Exists(dir))
            {
                var aside = $"{dir}.old-{_trash.Count}-{Environment.ProcessId}";
                Directory.Move(dir, aside);
                _trash.Add(aside);
            }
        }

        /// <summary>Deletes what <see cref="MoveAside"/> kept, once every size is measured.</summary>
        public void EmptyTrash()
        {
            _trash.ForEach(dir => Directory.Delete(dir, recursive: true));
            _trash.Clear();
        }

        private static void Reset(string dir)
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }

            Directory.CreateDirectory(dir);
        }

        private static void CopyFolder(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        private static void Progress(string step, string what) =>
            AnsiConsole.MarkupLine($"  [green]✓[/] {step,-12} [grey]{Markup.Escape(what)}[/]");
    }
}
