using System.Text.Json;

namespace PaperSite.Checking;

/// <summary>
/// Checks the search index: <c>search/index.json</c>, or the shards <c>search/shards.json</c>
/// lists, or both. Each index file is checked by the same <see cref="LunrIndex"/> code against the
/// one <c>search/documents.json</c>.
/// </summary>
internal sealed class SearchIndexCheck : ISiteCheck
{
    /// <summary>The single-file index.</summary>
    public const string IndexFile = "search/index.json";

    /// <summary>The list of shards, <c>{"shards": ["search/shard-0.json", …]}</c>.</summary>
    public const string ShardsFile = "search/shards.json";

    /// <inheritdoc/>
    public void Check(CheckContext site, ProblemList problems)
    {
        var indexFiles = IndexFiles(site, problems);
        if (indexFiles.Count == 0)
        {
            return;
        }

        var refs = SearchDocuments.Load(site, problems);
        foreach (var file in indexFiles)
        {
            LunrIndex.Check(site, file, refs, problems);
        }
    }

    /// <summary>The index files that exist: <see cref="IndexFile"/> and every listed shard (a listed shard that is missing is reported).</summary>
    private static List<string> IndexFiles(CheckContext site, ProblemList problems)
    {
        var files = new List<string>();
        if (site.Files.Contains(IndexFile))
        {
            files.Add(IndexFile);
        }

        if (site.Files.Contains(ShardsFile))
        {
            foreach (var shard in Shards(site, problems))
            {
                if (site.Files.Contains(shard))
                {
                    files.Add(shard);
                }
                else
                {
                    problems.Add(ShardsFile, ProblemKinds.SearchMissingShard, "lists a shard that is not in the output", shard);
                }
            }
        }

        return files;
    }

    private static List<string> Shards(CheckContext site, ProblemList problems)
    {
        using var json = JsonFile.LoadObject(site, ShardsFile, problems);
        if (json is null)
        {
            return [];
        }

        if (!json.RootElement.TryGetProperty("shards", out var shards) || shards.ValueKind != JsonValueKind.Array
            || shards.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.String))
        {
            problems.Add(ShardsFile, ProblemKinds.SearchMalformed, "must be {\"shards\": [\"search/shard-0.json\", …]}", "shards");
            return [];
        }

        return shards.EnumerateArray().Select(s => s.GetString()!.TrimStart('/')).ToList();
    }
}
