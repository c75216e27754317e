using System.Text.Json;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Search;

/// <summary>The search files: every paper once, in the group its ref names, and a new day leaves older results groups alone.</summary>
public sealed class SearchIndexPlanTests
{
    [Fact]
    public void Every_paper_has_result_data_once_and_a_new_day_rewrites_only_the_last_groups()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/digest/");
        var first = SiteBuilder.Build(options);
        Assert.True(first.Check!.IsClean, string.Join("\n", first.Check.Problems));

        using (var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(input.Output, "search", "search.json"))))
        {
            Assert.Equal("/digest/search/index/parts.json", manifest.RootElement.GetProperty("index").GetString());
            Assert.Equal("/digest/search/results/", manifest.RootElement.GetProperty("results").GetString());
            Assert.Equal(264, manifest.RootElement.GetProperty("papers").GetInt32());
        }

        var groups = Directory.GetFiles(Path.Combine(input.Output, "search", "results"));
        var refs = groups.SelectMany(file => Refs(file).Select(r => (Group: int.Parse(Path.GetFileNameWithoutExtension(file), System.Globalization.CultureInfo.InvariantCulture), Ref: int.Parse(r, System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        Assert.Equal(Enumerable.Range(0, 264), refs.Select(r => r.Ref).Order());
        Assert.All(refs, r => Assert.Equal(r.Ref / 10, r.Group));

        var oldest = Path.Combine(input.Output, "search", "results", "0.json");
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(oldest, stamp);
        input.Write("input/dumps/2024-03-20.txt", "Mar 20\n\nA Brand New Zebrafish Paper\n\nWe study zebrafish with a new method, which is unrelated to anything else here.\n");
        var next = SiteBuilder.Build(options);

        Assert.True(next.Check!.IsClean, string.Join("\n", next.Check.Problems));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(oldest));
        // The newest paper is the 265th, ref 264, in group 26.
        Assert.Contains("264", Refs(Path.Combine(input.Output, "search", "results", "26.json")));
    }

    private static List<string> Refs(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        return json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
    }
}
