using System.Text.Json;

namespace PaperSite.Checking;

/// <summary>
/// Checks one serialised lunr.js 2.3.9 index (<c>search/index.json</c> or a shard) the way
/// <c>lunr.Index.load</c> will read it in the browser.
/// </summary>
internal static class LunrIndex
{
    /// <summary>The lunr.js version the search page ships.</summary>
    public const string Version = "2.3.9";

    private static readonly string[] Keys = ["version", "fields", "fieldVectors", "invertedIndex", "pipeline"];

    /// <summary>Checks <paramref name="file"/>; <paramref name="refs"/> are the refs of <c>documents.json</c>, or null when it is unusable.</summary>
    public static void Check(CheckContext site, string file, HashSet<string>? refs, ProblemList problems)
    {
        using var json = JsonFile.LoadObject(site, file, problems);
        if (json is null)
        {
            return;
        }

        var index = json.RootElement;
        var missing = Keys.Where(k => !index.TryGetProperty(k, out _)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(file, ProblemKinds.SearchMalformed, $"is not a serialised lunr index: no {string.Join(", ", missing)}");
            return;
        }

        var version = index.GetProperty("version");
        if (version.ValueKind != JsonValueKind.String || version.GetString() != Version)
        {
            problems.Add(file, ProblemKinds.SearchVersion, $"was serialised by lunr {version}, but the site ships lunr {Version}", version.ToString());
        }

        var unknown = new UnknownRefs(file, refs, problems);
        CheckFieldVectors(file, index.GetProperty("fieldVectors"), unknown, problems);
        CheckInvertedIndex(file, index.GetProperty("invertedIndex"), unknown, problems);
    }

    /// <summary>Field vectors are <c>[["field/ref", [...]], …]</c>; a ref may itself contain <c>/</c>.</summary>
    private static void CheckFieldVectors(string file, JsonElement vectors, UnknownRefs unknown, ProblemList problems)
    {
        if (vectors.ValueKind != JsonValueKind.Array)
        {
            problems.Add(file, ProblemKinds.SearchMalformed, "fieldVectors must be an array", "fieldVectors");
            return;
        }

        foreach (var pair in vectors.EnumerateArray())
        {
            var fieldRef = pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() == 2 && pair[0].ValueKind == JsonValueKind.String
                ? pair[0].GetString()!
                : null;
            var slash = fieldRef?.IndexOf('/') ?? -1;
            if (slash < 0)
            {
                problems.Add(file, ProblemKinds.SearchMalformed, "a fieldVectors entry is not [\"field/ref\", vector]", pair.ToString());
                continue;
            }

            unknown.Check(fieldRef![(slash + 1)..]);
        }
    }

    /// <summary>
    /// The inverted index is <c>[[term, posting], …]</c>. lunr rebuilds its token set from it and
    /// throws "Out of order word insertion" unless terms ascend by UTF-16 code unit, which is
    /// exactly ordinal comparison here.
    /// </summary>
    private static void CheckInvertedIndex(string file, JsonElement invertedIndex, UnknownRefs unknown, ProblemList problems)
    {
        if (invertedIndex.ValueKind != JsonValueKind.Array)
        {
            problems.Add(file, ProblemKinds.SearchMalformed, "invertedIndex must be an array", "invertedIndex");
            return;
        }

        string? previous = null;
        (string Term, string Previous)? firstDisorder = null;
        var disorders = 0;
        foreach (var pair in invertedIndex.EnumerateArray())
        {
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2 || pair[0].ValueKind != JsonValueKind.String || pair[1].ValueKind != JsonValueKind.Object)
            {
                problems.Add(file, ProblemKinds.SearchMalformed, "an invertedIndex entry is not [term, posting]", pair.ToString());
                continue;
            }

            var term = pair[0].GetString()!;
            if (previous is not null && string.CompareOrdinal(previous, term) >= 0)
            {
                disorders++;
                firstDisorder ??= (term, previous);
            }

            previous = term;
            CheckPosting(pair[1], unknown);
        }

        // A wrongly sorted index has thousands of disorders; the first one and a count say it all.
        if (firstDisorder is { } first)
        {
            var more = disorders > 1 ? $" ({disorders - 1} more terms out of order)" : "";
            problems.Add(file, ProblemKinds.SearchUnsorted,
                $"invertedIndex term does not come strictly after \"{first.Previous}\"; lunr's Index.load throws \"Out of order word insertion\"{more}", first.Term);
        }
    }

    /// <summary>A posting is <c>{"_index": n, field: {ref: {...}}, …}</c>.</summary>
    private static void CheckPosting(JsonElement posting, UnknownRefs unknown)
    {
        foreach (var field in posting.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Object))
        {
            foreach (var reference in field.Value.EnumerateObject())
            {
                unknown.Check(reference.Name);
            }
        }
    }

    /// <summary>Reports each ref missing from the index's documents once per index file.</summary>
    private sealed class UnknownRefs(string file, HashSet<string>? refs, ProblemList problems)
    {
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

        public void Check(string reference)
        {
            if (refs is not null && !refs.Contains(reference) && _reported.Add(reference))
            {
                problems.Add(file, ProblemKinds.SearchUnknownRef, $"indexes document {reference}, which its documents file does not have", reference);
            }
        }
    }
}
