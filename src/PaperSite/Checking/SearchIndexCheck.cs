using System.Text.Json;

namespace PaperSite.Checking;

/// <summary>
/// Checks the search: every shard <c>search/shards.json</c> lists (<c>{"shards": [{"index": url,
/// "documents": url}, …]}</c>, root-absolute URLs), or else <c>search/index.json</c> with
/// <c>search/documents.json</c>. Each index is checked by the same <see cref="LunrIndex"/> code
/// against its own documents.
/// </summary>
internal sealed class SearchIndexCheck : ISiteCheck
{
    /// <summary>The first (or only) index.</summary>
    public const string IndexFile = "search/index.json";

    /// <summary>The documents of the first (or only) index.</summary>
    public const string DocumentsFile = "search/documents.json";

    /// <summary>The list of shards the search page loads.</summary>
    public const string ShardsFile = "search/shards.json";

    /// <inheritdoc/>
    public void Check(CheckContext site, ProblemList problems)
    {
        foreach (var (index, documents) in Shards(site, problems).Where(s => site.InScope(s.Index) || site.InScope(s.Documents)))
        {
            var refs = SearchDocuments.Load(site, documents, problems);
            LunrIndex.Check(site, index, refs, problems);
        }
    }

    private static List<(string Index, string Documents)> Shards(CheckContext site, ProblemList problems)
    {
        if (!site.Files.Contains(ShardsFile))
        {
            return site.Files.Contains(IndexFile) ? [(IndexFile, DocumentsFile)] : [];
        }

        using var json = JsonFile.LoadObject(site, ShardsFile, problems);
        if (json is null)
        {
            return [];
        }

        if (!json.RootElement.TryGetProperty("shards", out var shards) || shards.ValueKind != JsonValueKind.Array
            || shards.EnumerateArray().Any(s => !HasUrl(s, "index") || !HasUrl(s, "documents")))
        {
            problems.Add(ShardsFile, ProblemKinds.SearchMalformed, "must be {\"shards\": [{\"index\": url, \"documents\": url}, …]}", "shards");
            return [];
        }

        var found = new List<(string, string)>();
        foreach (var shard in shards.EnumerateArray())
        {
            var index = Resolve(site, shard.GetProperty("index").GetString()!, problems);
            var documents = Resolve(site, shard.GetProperty("documents").GetString()!, problems);
            if (index is not null && documents is not null)
            {
                found.Add((index, documents));
            }
        }

        return found;
    }

    private static bool HasUrl(JsonElement shard, string name) =>
        shard.ValueKind == JsonValueKind.Object && shard.TryGetProperty(name, out var url) && url.ValueKind == JsonValueKind.String;

    /// <summary>The search page fetches these URLs from any page depth, so they must be root-absolute with the base path.</summary>
    private static string? Resolve(CheckContext site, string url, ProblemList problems)
    {
        var target = site.Address.Classify(url, pageDir: null);
        if (target.Place == UrlPlace.OutsideBase)
        {
            problems.Add(ShardsFile, ProblemKinds.EscapesBasePath, $"lists a URL outside the base path {site.Address.BasePath}", url);
            return null;
        }

        if (target.Form != UrlForm.RootAbsolute || target.SitePath is not { } path)
        {
            problems.Add(ShardsFile, ProblemKinds.SearchMalformed, $"URLs must be root-absolute, starting {site.Address.BasePath}", url);
            return null;
        }

        if (!site.Files.Contains(path))
        {
            problems.Add(ShardsFile, ProblemKinds.SearchMissingShard, "lists a file that is not in the output", url);
            return null;
        }

        return path;
    }
}
