using System.Globalization;
using System.Text.Json;
using PaperSite.Configuration;
using PaperSite.Lunr;

namespace PaperSite.Checking;

/// <summary>
/// Checks the search (docs/search.md): <c>search/search.json</c> names the parts' manifest and the
/// results folder; the parts' manifest lists segments, every part a segment lists exists, is a
/// well-formed part of a lunr 2.3.9 index and holds only terms whose prefix names it; every ref the
/// parts index has result data in the results group its number names, and that result links to a page.
/// </summary>
internal sealed class SearchIndexCheck : ISiteCheck
{
    /// <summary>What the search page loads first.</summary>
    public const string ManifestFile = SiteUrls.SearchManifest;

    /// <inheritdoc/>
    public void Check(CheckContext site, ProblemList problems)
    {
        if (!site.Files.Contains(ManifestFile) || !site.Files.All.Any(f => f.StartsWith(SiteUrls.Search, StringComparison.Ordinal) && site.InScope(f)))
        {
            return;
        }

        using var manifest = JsonFile.LoadObject(site, ManifestFile, problems);
        if (manifest is null)
        {
            return;
        }

        var root = manifest.RootElement;
        if (!HasString(root, "index") || !HasString(root, "results") || !root.TryGetProperty("group", out var group) || !group.TryGetInt32(out var groupSize) || groupSize < 1)
        {
            problems.Add(ManifestFile, ProblemKinds.SearchMalformed, "must be {\"index\": url, \"results\": url, \"group\": n, …}", "search.json");
            return;
        }

        var partsManifest = Resolve(site, ManifestFile, root.GetProperty("index").GetString()!, problems);
        var resultsFolder = Resolve(site, ManifestFile, root.GetProperty("results").GetString()!, problems, mustExist: false);
        if (partsManifest is null || resultsFolder is null)
        {
            return;
        }

        var refs = SearchResults.Load(site, resultsFolder, groupSize, problems);
        CheckParts(site, partsManifest, refs, problems);
    }

    private static void CheckParts(CheckContext site, string manifestFile, HashSet<string> refs, ProblemList problems)
    {
        using var manifest = JsonFile.LoadObject(site, manifestFile, problems);
        if (manifest is null)
        {
            return;
        }

        var root = manifest.RootElement;
        if (!root.TryGetProperty("segments", out var segments) || segments.ValueKind != JsonValueKind.Array || segments.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.String)
            || !IsNumberArray(root, "boosts") || !IsNumberArray(root, "averageFieldLength") || !root.TryGetProperty("documentCount", out var count) || !count.TryGetInt32(out _))
        {
            problems.Add(manifestFile, ProblemKinds.SearchMalformed, "must be {\"version\", \"fields\", \"boosts\", \"pipeline\", \"documentCount\", \"averageFieldLength\", \"segments\": [file, …]}", "segments");
            return;
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != LunrIndex.Version)
        {
            problems.Add(manifestFile, ProblemKinds.SearchVersion, $"lists parts of another lunr version than {LunrIndex.Version}", version.ToString());
        }

        foreach (var segment in segments.EnumerateArray().Select(s => SiblingPath(manifestFile, s.GetString()!)))
        {
            if (!site.Files.Contains(segment))
            {
                problems.Add(manifestFile, ProblemKinds.SearchMissingPart, "lists a file that is not in the output", segment);
                continue;
            }

            CheckSegment(site, segment, refs, problems);
        }
    }

    private static void CheckSegment(CheckContext site, string manifestFile, HashSet<string> refs, ProblemList problems)
    {
        using var manifest = JsonFile.LoadObject(site, manifestFile, problems);
        if (manifest is null)
        {
            return;
        }

        var root = manifest.RootElement;
        if (!root.TryGetProperty("parts", out var parts) || parts.ValueKind != JsonValueKind.Array || !HasString(root, "vocabulary")
            || parts.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.Array || p.GetArrayLength() < 2 || p[0].ValueKind != JsonValueKind.String || p[1].ValueKind != JsonValueKind.String))
        {
            problems.Add(manifestFile, ProblemKinds.SearchMalformed, "must be {\"vocabulary\": file, \"parts\": [[key, file, bytes], …]}", "parts");
            return;
        }

        var listed = parts.EnumerateArray().Select(p => (Key: p[0].GetString()!, File: SiblingPath(manifestFile, p[1].GetString()!))).ToList();
        var keys = listed.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var longestKey = LunrPartKeys.Longest(keys);
        foreach (var file in listed.Select(p => p.File).Append(SiblingPath(manifestFile, root.GetProperty("vocabulary").GetString()!)).Where(f => !site.Files.Contains(f)))
        {
            problems.Add(manifestFile, ProblemKinds.SearchMissingPart, "lists a file that is not in the output", file);
        }

        // A part is checked when it changed: one that did not was checked when it was written.
        foreach (var (key, file) in listed.Where(p => site.Files.Contains(p.File) && site.InScope(p.File)))
        {
            LunrIndex.CheckPart(site, file, key, term => LunrPartKeys.PartOf(keys, longestKey, term), refs, problems);
        }
    }

    /// <summary>A file named relative to <paramref name="file"/>, as the browser resolves it; a name that leaves the site is not a site file.</summary>
    private static string SiblingPath(string file, string relative) => file[..(file.LastIndexOf('/') + 1)] + relative;

    private static bool IsNumberArray(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Number);

    private static bool HasString(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String;

    /// <summary>The search page fetches these URLs from any page depth, so they must be root-absolute with the base path.</summary>
    private static string? Resolve(CheckContext site, string file, string url, ProblemList problems, bool mustExist = true)
    {
        var target = site.Address.Classify(url, pageDir: null);
        if (target.Place == UrlPlace.OutsideBase)
        {
            problems.Add(file, ProblemKinds.EscapesBasePath, $"lists a URL outside the base path {site.Address.BasePath}", url);
            return null;
        }

        if (target.Form != UrlForm.RootAbsolute || target.SitePath is not { } path)
        {
            problems.Add(file, ProblemKinds.SearchMalformed, $"URLs must be root-absolute, starting {site.Address.BasePath}", url);
            return null;
        }

        if (mustExist && !site.Files.Contains(path))
        {
            problems.Add(file, ProblemKinds.SearchMissingPart, "lists a file that is not in the output", url);
            return null;
        }

        return path;
    }

    /// <summary>The group a numeric ref's result is in, or null for a ref that is not a place number.</summary>
    internal static int? GroupOf(string reference, int groupSize) =>
        int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var place) ? place / groupSize : null;
}
