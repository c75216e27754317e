using System.Globalization;
using PaperSite.Model;

namespace PaperSite.Papers;

/// <summary>Ids and headings of digests: ids from the date or the file name, headings a reader understands.</summary>
internal static class DigestNaming
{
    /// <summary>Chronological order: undated dumps first (by file name), then dated ones by date and file name.</summary>
    public static IEnumerable<Dump> Chronological(IEnumerable<Dump> dumps) =>
        dumps.OrderBy(d => d.Date ?? DateOnly.MinValue).ThenBy(d => d.FileName, StringComparer.Ordinal);

    /// <summary>Unique ids for the dumps, in the order given.</summary>
    public static IReadOnlyList<string> Ids(IReadOnlyList<Dump> dumps)
    {
        var allocator = new SlugAllocator("digest");
        return dumps.Select(d => d.Date is { } date
                ? allocator.Allocate(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.FileName)
                : allocator.Allocate(Path.GetFileNameWithoutExtension(d.FileName), d.FileName))
            .ToList();
    }

    /// <summary>
    /// Headings for <paramref name="ordered"/> (in <see cref="Chronological"/> order): the site's
    /// own title for the dump when <paramref name="titles"/> has one (keyed by file name, with or
    /// without extension), else "Monday 11 March 2024", else "Undated digest N", counting undated
    /// dumps in order of file name.
    /// </summary>
    public static IReadOnlyList<string> Titles(IReadOnlyList<Dump> ordered, IReadOnlyDictionary<string, string> titles)
    {
        var undated = 0;
        var result = new List<string>(ordered.Count);
        foreach (var dump in ordered)
        {
            var title = dump.Date is { } date
                ? date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)
                : $"Undated digest {++undated}";
            result.Add(TitleGiven(dump.FileName, titles) ?? title);
        }

        return result;
    }

    /// <summary>The keys of <paramref name="titles"/> that name none of <paramref name="dumps"/>.</summary>
    public static IEnumerable<string> Unused(IReadOnlyDictionary<string, string> titles, IEnumerable<Dump> dumps)
    {
        var names = dumps.SelectMany(d => new[] { d.FileName, Path.GetFileNameWithoutExtension(d.FileName) }).ToHashSet(StringComparer.Ordinal);
        return titles.Keys.Where(k => !names.Contains(k)).Order(StringComparer.Ordinal);
    }

    private static string? TitleGiven(string fileName, IReadOnlyDictionary<string, string> titles) =>
        titles.TryGetValue(fileName, out var exact) || titles.TryGetValue(Path.GetFileNameWithoutExtension(fileName), out exact)
            ? exact.Trim()
            : null;
}
