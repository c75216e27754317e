using System.Text.Json;

namespace PaperSite.Checking;

/// <summary>
/// Checks <c>search/documents.json</c>, the ref → document map the search page shows results from,
/// and returns its refs so every index can be checked against them.
/// </summary>
internal static class SearchDocuments
{
    private static readonly (string Name, JsonValueKind Kind)[] Fields =
    [
        ("title", JsonValueKind.String),
        ("url", JsonValueKind.String),
        ("date", JsonValueKind.Undefined),
        ("topics", JsonValueKind.Array),
        ("excerpt", JsonValueKind.String),
    ];

    /// <summary>The refs of every document in <paramref name="file"/>, or null when it is missing or unreadable (reported).</summary>
    public static HashSet<string>? Load(CheckContext site, string file, ProblemList problems)
    {
        if (!site.Files.Contains(file))
        {
            problems.Add(file, ProblemKinds.SearchMissingDocuments, "is missing, but the site has a search index");
            return null;
        }

        using var json = JsonFile.LoadObject(site, file, problems);
        if (json is null)
        {
            return null;
        }

        var refs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in json.RootElement.EnumerateObject())
        {
            refs.Add(document.Name);
            CheckDocument(file, document.Name, document.Value, site, problems);
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
