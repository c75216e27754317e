using System.Globalization;
using PaperSite.Model;

namespace PaperSite.Papers;

/// <summary>Ids and headings of digests: the date where there is one, the file name where not.</summary>
public static class DigestNaming
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

    /// <summary>"Monday 11 March 2024", or the file name for an undated dump.</summary>
    public static string Title(Dump dump) =>
        dump.Date is { } date
            ? date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)
            : Path.GetFileNameWithoutExtension(dump.FileName);
}
