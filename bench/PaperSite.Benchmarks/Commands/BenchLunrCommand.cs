using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PaperSite.Lunr;

namespace PaperSite.Benchmarks.Commands;

/// <summary>
/// <c>bench-lunr</c>: times the C# lunr builder against lunr.js under node on a synthetic corpus
/// and checks both wrote the same bytes.
/// </summary>
internal static class BenchLunrCommand
{
    /// <summary>Times build + JSON.stringify only (not reading or parsing the docs), first run and best of N.</summary>
    private const string NodeScript = """
        'use strict'
        const fs = require('fs')
        const [lunrDir, docsPath, runs, outPath] = process.argv.slice(2)
        const lunr = require(lunrDir)
        const docs = JSON.parse(fs.readFileSync(docsPath, 'utf8'))
        function once () {
          const start = process.hrtime.bigint()
          const idx = lunr(function () {
            this.ref('id')
            this.field('title', { boost: 10 })
            this.field('abstract', { boost: 1 })
            docs.forEach(doc => this.add(doc))
          })
          const json = JSON.stringify(idx)
          return [Number(process.hrtime.bigint() - start) / 1e6, json]
        }
        const [first, json] = once()
        let best = first
        for (let i = 0; i < Number(runs); i++) best = Math.min(best, once()[0])
        fs.writeFileSync(outPath, json)
        process.stdout.write(JSON.stringify({ first, best }))
        """;

    private static readonly LunrField[] PaperFields = [new("title", 10), new("abstract")];

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var papers = new Option<int>("--papers") { Description = "How many synthetic papers to index", DefaultValueFactory = _ => 10000 };
        var runs = new Option<int>("--runs") { Description = "Timed runs after the first (best is reported)", DefaultValueFactory = _ => 3 };
        var lunrDir = new Option<string?>("--lunr") { Description = "lunr package directory (default: theme/node_modules/lunr of this checkout)" };
        var dumps = new Option<string?>("--dumps") { Description = "Seed dumps directory (default: input/dumps of this checkout)" };
        var skipNode = new Option<bool>("--no-node") { Description = "Only time the C# builder" };

        var command = new Command("bench-lunr", "Benchmark the C# lunr index builder against lunr.js on a synthetic paper corpus");
        command.Options.Add(papers);
        command.Options.Add(runs);
        command.Options.Add(lunrDir);
        command.Options.Add(dumps);
        command.Options.Add(skipNode);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var root = FindCheckout();
            var dumpsDirectory = parseResult.GetValue(dumps) ?? Path.Combine(root ?? ".", "input", "dumps");
            var lunrDirectory = parseResult.GetValue(lunrDir) ?? Path.Combine(root ?? ".", "theme", "node_modules", "lunr");
            if (!Directory.Exists(dumpsDirectory))
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"bench-lunr: seed dumps directory '{dumpsDirectory}' does not exist (use --dumps)");
                return 1;
            }

            Run(output, parseResult.GetValue(papers), Math.Max(1, parseResult.GetValue(runs)), dumpsDirectory, parseResult.GetValue(skipNode) ? null : lunrDirectory);
            return 0;
        });
        return command;
    }

    private static void Run(TextWriter output, int paperCount, int runs, string dumpsDirectory, string? lunrDirectory)
    {
        var papers = SyntheticPaperCorpus.Generate(paperCount, SyntheticPaperCorpus.SeedTextFromDumps(dumpsDirectory));
        var documents = papers.Select(paper => new LunrDocument(paper.Id, new Dictionary<string, LunrValue>
        {
            ["title"] = paper.Title,
            ["abstract"] = paper.Abstract,
        })).ToList();
        var words = papers.Sum(paper => CountWords(paper.Title) + CountWords(paper.Abstract));
        output.WriteLine($"corpus: {paperCount} synthetic papers, {words / (double)paperCount:F0} words each on average; fields title^10, abstract; {Environment.ProcessorCount} cores");

        var (csharpFirst, csharpBest, json) = TimeCSharp(documents, runs);
        output.WriteLine($"C#      : first {csharpFirst,9:F1} ms, best of {runs} {csharpBest,9:F1} ms (analyse + emit JSON)");
        output.WriteLine($"index   : {json.Length:N0} bytes ({json.Length / 1048576.0:F1} MiB)");

        if (lunrDirectory is null)
        {
            return;
        }

        if (!File.Exists(Path.Combine(lunrDirectory, "lunr.js")))
        {
            output.WriteLine($"lunr.js : skipped, {lunrDirectory} has no lunr.js (run npm ci in theme/)");
            return;
        }

        var (nodeFirst, nodeBest, identical) = TimeNode(papers, lunrDirectory, runs, json);
        output.WriteLine($"lunr.js : first {nodeFirst,9:F1} ms, best of {runs} {nodeBest,9:F1} ms (build + JSON.stringify under node)");
        output.WriteLine($"speed-up: {nodeBest / csharpBest:F1}x best vs best, {nodeFirst / csharpFirst:F1}x first vs first");
        output.WriteLine($"output  : {(identical ? "byte-identical to lunr.js" : "DIFFERS from lunr.js")}");
    }

    private static (double First, double Best, byte[] Json) TimeCSharp(List<LunrDocument> documents, int runs)
    {
        var builder = new LunrIndexBuilder(PaperFields);
        var stopwatch = Stopwatch.StartNew();
        var json = builder.Analyse(documents).ToUtf8Json();
        var first = stopwatch.Elapsed.TotalMilliseconds;
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            stopwatch.Restart();
            json = builder.Analyse(documents).ToUtf8Json();
            best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
        }

        return (first, best, json);
    }

    private static (double First, double Best, bool Identical) TimeNode(IReadOnlyList<SyntheticPaper> papers, string lunrDirectory, int runs, byte[] csharpJson)
    {
        var directory = Directory.CreateTempSubdirectory("papersite-bench-lunr-").FullName;
        try
        {
            var script = Path.Combine(directory, "bench.js");
            var docs = Path.Combine(directory, "docs.json");
            var index = Path.Combine(directory, "index.json");
            File.WriteAllText(script, NodeScript);
            File.WriteAllBytes(docs, SyntheticPaperCorpus.ToJson(papers));

            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { script, Path.GetFullPath(lunrDirectory), docs, runs.ToString(CultureInfo.InvariantCulture), index })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start node");
            var report = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            using var timings = JsonDocument.Parse(report);
            var identical = File.ReadAllBytes(index).AsSpan().SequenceEqual(csharpJson);
            return (timings.RootElement.GetProperty("first").GetDouble(), timings.RootElement.GetProperty("best").GetDouble(), identical);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string? FindCheckout()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PaperSite.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
