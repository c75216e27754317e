using System.IO.Hashing;
using PaperSite.Caching;
using PaperSite.Diagnostics;
using PaperSite.Output;

namespace PaperSite.Dumps;

/// <summary>
/// Each dump's parse kept between builds under the hash of its bytes: the date, titles, lines,
/// abstracts' keys and excerpts, and warnings. A daily build adds a dump to dumps it parsed before:
/// those are neither decoded nor parsed again. Their abstracts are not kept here but made, when asked
/// for, of the bytes the build read and hashed (<see cref="CachedDump.With"/>), so nothing after
/// reading reads a dump.
/// </summary>
internal sealed class DumpCache
{
    /// <summary>The build cache's entry of parsed dumps; each dump's own key (the hash of its bytes) is in the value.</summary>
    public const string Entry = "dumps";

    private readonly Dictionary<string, CachedDump> _byFile;

    private DumpCache(Dictionary<string, CachedDump> byFile) => _byFile = byFile;

    /// <summary>A cache with nothing in it.</summary>
    public static DumpCache Empty { get; } = new([]);

    /// <summary>XXH128 of a dump's bytes.</summary>
    public static UInt128 HashOf(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    /// <summary>The last build's parse of <paramref name="fileName"/> when its bytes are the same (<paramref name="hash"/>), else null.</summary>
    public CachedDump? Find(string fileName, UInt128 hash) =>
        _byFile.TryGetValue(fileName, out var parsed) && parsed.Hash == hash ? parsed : null;

    /// <summary>True when <paramref name="parsed"/> (every dump of this build) was all taken from this cache and is all it holds: there is nothing new to keep.</summary>
    public bool HoldsExactly(IReadOnlyList<ParsedDump> parsed) => parsed.Count == _byFile.Count && parsed.All(p => p.Kept);

    /// <summary>Writes <paramref name="parsed"/> for the next build.</summary>
    public static void Write(CacheWriter writer, IReadOnlyList<ParsedDump> parsed)
    {
        writer.Write(parsed.Count);
        foreach (var (hash, year, dump, warnings, _) in parsed)
        {
            writer.Write(dump.FileName);
            writer.Write(hash);
            WriteOptional(writer, year);
            WriteOptional(writer, dump.Date?.DayNumber);
            writer.Write(dump.Entries.Count);
            foreach (var entry in dump.Entries)
            {
                writer.Write(entry.Title);
                writer.Write(entry.Line);
                writer.Write(entry.AbstractLine);
                writer.Write(entry.Abstract.Length);
                writer.Write(entry.Abstract.Key);
                writer.Write(entry.Abstract.Excerpt);
            }

            writer.Write(warnings.Count);
            foreach (var warning in warnings)
            {
                WriteOptional(writer, warning.Line);
                writer.Write(warning.Message);
            }
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static DumpCache Read(CacheReader reader)
    {
        var count = reader.ReadCount();
        var byFile = new Dictionary<string, CachedDump>(count, StringComparer.Ordinal);
        for (var d = 0; d < count; d++)
        {
            var fileName = reader.ReadString();
            var hash = reader.ReadUInt128();
            var year = ReadOptional(reader);
            var date = ReadOptional(reader) is { } day ? DateOnly.FromDayNumber(day) : (DateOnly?)null;
            var entries = new CachedEntry[reader.ReadCount()];
            for (var e = 0; e < entries.Length; e++)
            {
                entries[e] = new CachedEntry(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadUInt128(), reader.ReadString());
            }

            var warnings = new Diagnostic[reader.ReadCount()];
            for (var w = 0; w < warnings.Length; w++)
            {
                var line = ReadOptional(reader);
                warnings[w] = new Diagnostic(DiagnosticSeverity.Warning, fileName, line, reader.ReadString());
            }

            // A name read from the cache names a file in dumps/ and nothing else.
            if (SitePath.IsPlainName(fileName))
            {
                byFile[fileName] = new CachedDump(hash, year, fileName, date, entries, warnings);
            }
        }

        return new DumpCache(byFile);
    }

    private static void WriteOptional(CacheWriter writer, int? value)
    {
        writer.Write(value.HasValue);
        writer.Write(value ?? 0);
    }

    private static int? ReadOptional(CacheReader reader)
    {
        var has = reader.ReadBoolean();
        var value = reader.ReadInt32();
        return has ? value : null;
    }
}
