using System.Text.Json;

namespace PaperSite.Checking;

/// <summary>
/// Checks the results groups (<c>search/results/{group}.json</c>, ref → what a result shows) and
/// returns every ref they hold, so the index's parts can be checked against them.
/// </summary>
internal static class SearchResults
{
    private static readonly (string Name, JsonValueKind Kind)[] Fields =
    [
        ("title", JsonValueKind.String),
        ("url", JsonValueKind.String),
        ("date", JsonValueKind.Undefined),
        ("topics", JsonValueKind.Array),
        ("excerpt", JsonValueKind.String),
    ];

    /// <summary>The refs of every group in <paramref name="folder"/>; a ref must be in the group its number names.</summary>
    public static HashSet<string> Load(CheckContext site, string folder, int groupSize, ProblemList problems)
    {
        var refs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in site.Files.All.Where(f => f.StartsWith(folder, StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var json = JsonFile.LoadObject(site, file, problems);
            if (json is null)
            {
                continue;
            }

            var group = SearchIndexCheck.GroupOf(file[folder.Length..^".json".Length], 1);
            foreach (var document in json.RootElement.EnumerateObject())
            {
                refs.Add(document.Name);
                if (group is null || SearchIndexCheck.GroupOf(document.Name, groupSize) != group)
                {
                    problems.Add(file, ProblemKinds.SearchMisplacedResult, $"holds the result of {document.Name}, which the search page looks for in group {SearchIndexCheck.GroupOf(document.Name, groupSize)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none: not a place number)"}", document.Name);
                }

                CheckDocument(file, document.Name, document.Value, site, problems);
            }
        }

        return refs;
    }

    private static void CheckDocument(string file, string reference, JsonElement document, CheckContext site, ProblemList problems)
    {
        var missing = Fields
            .Where(f => document.ValueKind != JsonValueKind.Object || !document.TryGetProperty(f.Name, out var v) || !Fits(v, f.Kind))
            .Select(f => f.Name)
            .ToList();
        if (missing.Count > 0)
        {
            problems.Add(file, ProblemKinds.SearchDocumentMalformed, $"document lacks (or has the wrong type of) {string.Join(", ", missing)}", reference);
        }

        if (document.ValueKind == JsonValueKind.Object && document.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String)
        {
            CheckUrl(file, reference, url.GetString()!, site, problems);
        }
    }

    /// <summary>Undefined stands for the date: an ISO date string, or null for an undated paper.</summary>
    private static bool Fits(JsonElement value, JsonValueKind kind) =>
        kind == JsonValueKind.Undefined ? value.ValueKind is JsonValueKind.String or JsonValueKind.Null : value.ValueKind == kind;

    /// <summary>A result's url is followed from the search page, so it must be root-absolute with the base path and name a page.</summary>
    private static void CheckUrl(string file, string reference, string url, CheckContext site, ProblemList problems)
    {
        var target = site.Address.Classify(url, pageDir: null);
        if (target.Place == UrlPlace.OutsideBase)
        {
            problems.Add(file, ProblemKinds.EscapesBasePath, $"url of {reference} is outside the base path {site.Address.BasePath}", url);
        }
        else if (target.Form != UrlForm.RootAbsolute)
        {
            problems.Add(file, ProblemKinds.SearchBrokenUrl, $"url of {reference} must be root-absolute, starting {site.Address.BasePath}", url);
        }
        else if (site.Files.Resolve(target.SitePath!) is not { } page || !page.EndsWith(".html", StringComparison.Ordinal))
        {
            problems.Add(file, ProblemKinds.SearchBrokenUrl, $"url of {reference} names no page in the output", url);
        }
    }
}
