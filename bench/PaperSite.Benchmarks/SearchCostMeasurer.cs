using System.Diagnostics;
using System.Text.Json;

namespace PaperSite.Benchmarks;

/// <summary>
/// Runs search-cost.js (embedded) under node on a built site: what the search page downloads for
/// each query, with the site's own lunr.js and lunr-parts.js.
/// </summary>
internal static class SearchCostMeasurer
{
    /// <summary>The queries of the targets.</summary>
    public static readonly IReadOnlyList<string> Queries = ["reinforcement learning", "diffusion", "matryoshka"];

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The cost of each query on the site in <paramref name="outputDir"/>, or why it could not be measured.</summary>
    public static (IReadOnlyList<SearchQueryCost> Costs, string? Problem) Measure(string outputDir)
    {
        var script = Path.Combine(Path.GetTempPath(), $"papersite-search-cost-{Environment.ProcessId}.js");
        try
        {
            using (var resource = typeof(SearchCostMeasurer).Assembly.GetManifestResourceStream("PaperSite.Benchmarks.search-cost.js")!)
            using (var file = File.Create(script))
            {
                resource.CopyTo(file);
            }

            using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outputDir, "search", "search.json")));
            var index = manifest.RootElement.GetProperty("index").GetString()!;
            var basePath = index[..^"search/index/parts.json".Length];
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { script, outputDir, basePath }.Concat(Queries))
            {
                start.ArgumentList.Add(argument);
            }

            using var node = Process.Start(start)!;
            var errors = node.StandardError.ReadToEndAsync();
            var output = node.StandardOutput.ReadToEnd();
            node.WaitForExit();
            return node.ExitCode == 0
                ? (JsonSerializer.Deserialize<List<SearchQueryCost>>(output, Json)!, null)
                : ([], "search-cost.js failed: " + errors.Result.Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return ([], "node is not on PATH: " + e.Message);
        }
        finally
        {
            File.Delete(script);
        }
    }
}
