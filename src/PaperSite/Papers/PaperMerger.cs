using System.Globalization;
using System.Text;
using PaperSite.Diagnostics;
using PaperSite.Model;

namespace PaperSite.Papers;

/// <summary>
/// Turns dumps into digests and distinct papers: entries whose titles match (ignoring case,
/// spacing and Unicode form) are one paper that lists every digest it appeared in.
/// </summary>
internal static class PaperMerger
{
    /// <summary>Merges <paramref name="dumps"/> (in any order) into the site's catalog.</summary>
    /// <param name="dumps">The parsed dumps.</param>
    /// <param name="digestTitles">Titles the site gives digests, by dump file name (see <see cref="DigestNaming.Titles"/>).</param>
    /// <param name="diagnostics">Where an abstract that is not shown, and is no shorter copy of the one shown, is reported.</param>
    public static PaperCatalog Merge(IEnumerable<Dump> dumps, IReadOnlyDictionary<string, string>? digestTitles = null, DiagnosticBag? diagnostics = null)
    {
        var ordered = DigestNaming.Chronological(dumps).ToList();
        var ids = DigestNaming.Ids(ordered);
        var titles = DigestNaming.Titles(ordered, digestTitles ?? new Dictionary<string, string>());
        var keys = TitleKeys(ordered);
        var groups = GroupEntries(ordered, ids, keys);

        // Choosing abstracts and appearances is per paper: in parallel. Slugs depend on the papers
        // before, so they are allocated in order afterwards.
        var reported = diagnostics ?? new DiagnosticBag();
        var drafts = groups.AsParallel().AsOrdered().Select(g => ToPaper(g.Listings, reported)).ToArray();
        var slugs = new SlugAllocator("paper");
        var papers = new List<Paper>(groups.Count);
        var slugByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            var paper = drafts[i] with { Slug = slugs.Allocate(drafts[i].Title, groups[i].Key) };
            slugByKey[groups[i].Key] = paper.Slug;
            papers.Add(paper);
        }

        var digests = ordered.Select((dump, i) => new Digest(
                ids[i],
                titles[i],
                dump.Date,
                dump.FileName,
                keys[i].Select(k => slugByKey[k]).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        return new PaperCatalog(digests, papers);
    }

    /// <summary>The identity of a title: accents and ligatures folded, combining marks dropped, lower case, single spaces.</summary>
    public static string TitleKey(string title)
    {
        if (Ascii.IsValid(title))
        {
            return AsciiTitleKey(title);
        }

        var plain = string.Concat(LatinFold.Fold(title).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
        return string.Join(' ', plain.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>What <see cref="TitleKey"/> makes of an ASCII title (nothing to fold, no marks), in one pass.</summary>
    private static string AsciiTitleKey(string title)
    {
        var key = title.Length <= 512 ? stackalloc char[title.Length] : new char[title.Length];
        var length = 0;
        var space = false;
        foreach (var c in title)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                key[length++] = ' ';
                space = false;
            }

            key[length++] = char.ToLowerInvariant(c);
        }

        return new string(key[..length]);
    }

    private record struct Listing(DumpEntry Entry, Appearance Appearance);

    /// <summary>Groups listings by title key, groups in order of first appearance (oldest dump first).</summary>
    private static string[][] TitleKeys(IReadOnlyList<Dump> ordered) =>
        ordered.AsParallel().AsOrdered().Select(d => d.Entries.Select(e => TitleKey(e.Title)).ToArray()).ToArray();

    private static List<(string Key, List<Listing> Listings)> GroupEntries(IReadOnlyList<Dump> ordered, IReadOnlyList<string> ids, string[][] keys)
    {
        var groups = new List<(string, List<Listing>)>();
        var index = new Dictionary<string, List<Listing>>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            var dump = ordered[i];
            for (var e = 0; e < dump.Entries.Count; e++)
            {
                var entry = dump.Entries[e];
                var key = keys[i][e];
                if (!index.TryGetValue(key, out var listings))
                {
                    listings = [];
                    index[key] = listings;
                    groups.Add((key, listings));
                }

                listings.Add(new Listing(entry, new Appearance(ids[i], dump.Date, dump.FileName, entry.Line)));
            }
        }

        return groups;
    }

    private static Paper ToPaper(List<Listing> listings, DiagnosticBag diagnostics)
    {
        // Most papers are listed once: their abstract and appearance need no choosing or sorting.
        if (listings.Count == 1)
        {
            return new Paper("", listings[0].Entry.Title, listings[0].Entry.Abstract, [listings[0].Appearance]);
        }

        var shown = LongestAbstract(listings);
        ReportOtherAbstracts(listings, shown, diagnostics);
        return new Paper("", listings[0].Entry.Title, shown.Entry.Abstract, Appearances(listings));
    }

    /// <summary>The longest abstract is the least truncated copy; ties keep the earliest.</summary>
    private static Listing LongestAbstract(List<Listing> listings) => listings.MaxBy(l => l.Entry.Abstract.Length);

    /// <summary>
    /// Reports each abstract of the paper that is neither the one shown nor a shorter copy of it (cut,
    /// with or without an ellipsis): its text is on no page. Copies, the common case, have the same key
    /// and are not read.
    /// </summary>
    private static void ReportOtherAbstracts(List<Listing> listings, Listing shown, DiagnosticBag diagnostics)
    {
        foreach (var other in listings)
        {
            var text = other.Entry.Abstract;
            if (text.Length == 0 || text.Key == shown.Entry.Abstract.Key
                || shown.Entry.Abstract.Value.StartsWith(text.Value.TrimEnd('\u2026', '.', ' '), StringComparison.Ordinal))
            {
                continue;
            }

            diagnostics.Warn(
                other.Appearance.SourceFile,
                other.Entry.AbstractLine,
                $"'{other.Entry.Title}' has another abstract at {shown.Appearance.SourceFile}:{shown.Entry.AbstractLine}; that longer one is shown and this one is not");
        }
    }

    /// <summary>Each digest once, oldest first (undated last), then by file.</summary>
    private static List<Appearance> Appearances(List<Listing> listings) => listings.Select(l => l.Appearance)
        .DistinctBy(a => a.DigestId)
        .OrderBy(a => a.Date ?? DateOnly.MaxValue)
        .ThenBy(a => a.SourceFile, StringComparer.Ordinal)
        .ToList();
}
