using PaperSite.Diagnostics;
using PaperSite.Model;

namespace PaperSite.Dumps;

/// <summary>
/// A dump's parse as the build cache keeps it: all of it but the text of its abstracts, which the dump's
/// own bytes hold (see <see cref="DumpText"/>).
/// </summary>
/// <param name="Hash">XXH128 of the file's bytes.</param>
/// <param name="Year">The default year it was parsed with.</param>
/// <param name="FileName">The file's name in <c>dumps/</c>.</param>
/// <param name="Date">The digest's date, when the dump has one.</param>
/// <param name="Entries">Its entries.</param>
/// <param name="Warnings">What decoding and parsing it reported.</param>
internal sealed record CachedDump(UInt128 Hash, int? Year, string FileName, DateOnly? Date, IReadOnlyList<CachedEntry> Entries, IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>
    /// The parse, whose abstracts are made of <paramref name="bytes"/> (the file, which hashes to <see cref="Hash"/>)
    /// when they are asked for; null when an entry's lines are not in those bytes, which only a cache entry
    /// that is not what this code wrote can say: the dump is then parsed again.
    /// </summary>
    public ParsedDump? With(byte[] bytes)
    {
        var text = new DumpText(bytes);
        if (!Entries.All(e => e.FitsIn(text.LineCount)))
        {
            return null;
        }

        var entries = Entries.Select(e => new DumpEntry(e.Title, e.Abstract(text), e.Line, e.AbstractLine)).ToList();
        return new ParsedDump(Hash, Year, new Dump(FileName, Date, entries), Warnings, Kept: true);
    }
}
