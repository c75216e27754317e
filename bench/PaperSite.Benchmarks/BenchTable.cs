using System.Globalization;
using System.Text;

namespace PaperSite.Benchmarks;

/// <summary>The benchmark's figures as rows with a column per corpus size, for the console and for Markdown.</summary>
internal static class BenchTable
{
    /// <summary>The column headers: the first names the rows, then one per size.</summary>
    public static IReadOnlyList<string> Headers(IReadOnlyList<BenchResult> results) =>
        ["papers", .. results.Select(r => r.Papers.ToString("N0", CultureInfo.InvariantCulture))];

    /// <summary>Every row: a label and a value per size.</summary>
    public static IReadOnlyList<BenchRow> Rows(IReadOnlyList<BenchResult> results)
    {
        var rows = new List<BenchRow>
        {
            Row(results, "dumps / entries / papers", r => $"{r.Full.Dumps:N0} / {r.Full.Entries:N0} / {r.Full.Papers:N0}"),
            Row(results, "pages / files", r => $"{r.Full.Pages:N0} / {r.Full.Files:N0}"),
        };
        var stages = results.SelectMany(r => r.Full.Stages).Select(s => s.Stage).Where(s => s != BuildMeasurement.CheckStage).Distinct();
        rows.AddRange(stages.Select(stage => Row(results, $"stage {stage}", r => StageCell(r.Full, stage))));
        rows.AddRange(
        [
            Row(results, "full build", r => Seconds(r.Full.BuildMilliseconds)),
            Row(results, "check", r => r.Full.Check is { } check ? $"{Seconds(check.Milliseconds)}, {Problems(r.Full.CheckProblems)}" : "–"),
            Row(results, "peak memory: build", r => MiB(r.Full.PeakWorkingSetBytes)),
            Row(results, "peak memory: + check", r => r.Full.PeakWorkingSetWithCheckBytes is { } peak ? MiB(peak) : "–"),
            Row(results, "allocated: build", r => MiB(r.Full.BuildAllocatedBytes)),
            Row(results, "output", r => $"{MiB(r.Output.Bytes)} in {r.Output.Files:N0} files"),
            Row(results, "search/ raw → gzip", r => $"{MiB(r.Output.SearchBytes)} → {MiB(r.Output.SearchGzipBytes)} ({Count(r.Output.SearchParts, "index part")})"),
            Row(results, "index part, gzip: median, largest", r => $"{KiB(r.Output.MedianPartGzipBytes)}, {KiB(r.Output.LargestPartGzipBytes)}"),
            Row(results, "incremental +1 day", r => Seconds(r.Incremental.BuildMilliseconds)),
            Row(results, "incr. written/same/removed", r => $"{r.Incremental.Written:N0} / {r.Incremental.Unchanged:N0} / {r.Incremental.Removed:N0}"),
            Row(results, "peak memory: incremental", r => MiB(r.Incremental.PeakWorkingSetBytes)),
            Row(results, "incr. search/ files written", r => $"{r.SearchWrittenNextDay:N0} of {r.Output.SearchParts:N0} parts + results"),
        ]);
        var queries = results.SelectMany(r => r.Search ?? []).Select(q => q.Query).Distinct();
        rows.AddRange(queries.Select(query => Row(results, $"search \u201C{query}\u201D: gzip, requests", r =>
            r.Search?.FirstOrDefault(q => q.Query == query) is { } cost ? $"{KiB(cost.Bytes)}, {cost.Requests} ({cost.Parts} parts; {cost.Results:N0} found)" : "–")));
        return rows;
    }

    /// <summary>The machine, how the figures were taken, and the table, ready to paste into the README.</summary>
    public static string Markdown(MachineInfo machine, IReadOnlyList<BenchResult> results)
    {
        var text = new StringBuilder()
            .Append("Measured with the `bench` command of bench/PaperSite.Benchmarks on ").Append(machine).Append(".\n")
            .Append("Full build: fastest of ").Append(results.Max(r => r.Runs)).Append(" run(s), each in a fresh process and output folder, after the disk's pending writes are flushed; ")
            .Append("the check runs after it, timed on its own. Stage cells: wall time (managed memory allocated meanwhile); related papers are found beside topics and plan, ")
            .Append("so a build takes less than the sum of its stages. ")
            .Append("Peak memory: the build process's peak working set. Incremental: the next day's dump (50 new papers) added and built into the output of each full build, fastest of as many runs. ")
            .Append("Search: what the search page downloads for a query typed into it (page, stylesheet, icon, scripts, manifests, index parts, the results groups of the first ten results), gzipped, from search-cost.js under node.\n\n");
        var headers = Headers(results);
        text.Append("| ").AppendJoin(" | ", headers).Append(" |\n")
            .Append("| --- |").Append(string.Concat(Enumerable.Repeat(" ---: |", headers.Count - 1))).Append('\n');
        foreach (var row in Rows(results))
        {
            text.Append("| ").Append(row.Label).Append(" | ").AppendJoin(" | ", row.Values).Append(" |\n");
        }

        return text.ToString();
    }

    private static BenchRow Row(IReadOnlyList<BenchResult> results, string label, Func<BenchResult, string> value) =>
        new(label, results.Select(value).ToList());

    private static string StageCell(BuildMeasurement build, string stage) =>
        build.Stages.FirstOrDefault(s => s.Stage == stage) is { } measured
            ? $"{measured.Milliseconds.ToString("N0", CultureInfo.InvariantCulture)} ms ({MiB(measured.AllocatedBytes)})"
            : "–";

    private static string Problems(int? count) => count switch
    {
        null => "not checked",
        0 => "clean",
        _ => Count(count.Value, "problem"),
    };

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n:N0} {noun}s";

    private static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("F2", CultureInfo.InvariantCulture) + " s";

    private static string MiB(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " MiB";

    private static string KiB(long bytes) => (bytes / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " KiB";
}
