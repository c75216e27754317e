using System.IO.Hashing;
using System.Text;
using PaperSite.Caching;
using PaperSite.Diagnostics;
using PaperSite.Model;
using PaperSite.Output;
using PaperSite.Papers;

namespace PaperSite.Dumps;

/// <summary>
/// Each dump's parse kept between builds under the hash of its bytes: the date, titles, lines,
/// abstracts (tidied, with their keys and excerpts) and warnings. A daily build adds a dump to
/// dumps it parsed before: those are neither decoded nor parsed again, and their papers are taken
/// whole from the cache, so nothing after parsing reads a dump.
/// </summary>
internal sealed class DumpCache
{
    /// <summary>The build cache's entry of parsed dumps; each dump's own key (the hash of its bytes) is in the value.</summary>
    public const string Entry = "dumps";

    private readonly Dictionary<string, ParsedDump> _byFile;

    private DumpCache(Dictionary<string, ParsedDump> byFile) => _byFile = byFile;

    /// <summary>A cache with nothing in it.</summary>
    public static DumpCache Empty { get; } = new([]);


    /// <summary>XXH128 of a dump's bytes.</summary>
    public static UInt128 HashOf(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    /// <summary>The last build's parse of <paramref name="fileName"/> when its bytes are the same (<paramref name="hash"/>), else null.</summary>
    public ParsedDump? Find(string fileName, UInt128 hash) =>
        _byFile.TryGetValue(fileName, out var parsed) && parsed.Hash == hash ? parsed : null;

    /// <summary>True when <paramref name="parsed"/> (every dump of this build) is what this holds: there is nothing new to keep.</summary>
    public bool HoldsExactly(IReadOnlyList<ParsedDump> parsed) =>
        parsed.Count == _byFile.Count && parsed.All(p => _byFile.TryGetValue(p.Dump.FileName, out var known) && ReferenceEquals(known, p));

    /// <summary>Writes <paramref name="parsed"/> for the next build.</summary>
    public static void Write(CacheWriter writer, IReadOnlyList<ParsedDump> parsed)
    {
        writer.Write(parsed.Count);
        foreach (var (hash, year, dump, warnings) in parsed)
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
                writer.Write(Utf8Length(entry.Abstract));
                writer.Write(entry.Abstract.Key);
                writer.Write(entry.Abstract.Excerpt);
            }

            // The dump's abstracts in one run, read back into one array that every abstract of the dump is a slice of.
            foreach (var entry in dump.Entries)
            {
                WriteUtf8(writer, entry.Abstract);
            }

            writer.Write(warnings.Count);
            foreach (var warning in warnings)
            {
                WriteOptional(writer, warning.Line);
                writer.Write(warning.Message);
            }
        }
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

    private static int Utf8Length(PaperText text) =>
        text.KeptUtf8.Length > 0 || text.Length == 0 ? text.KeptUtf8.Length : Encoding.UTF8.GetByteCount(text.Value);

    /// <summary>Writes an abstract's UTF-8 as the cache read it, when it did: it is never decoded just to be written again.</summary>
    private static void WriteUtf8(CacheWriter writer, PaperText text)
    {
        if (text.KeptUtf8.Length > 0 || text.Length == 0)
        {
            writer.WriteRaw(text.KeptUtf8.Span);
        }
        else
        {
            writer.WriteUtf8(text.Value);
        }
    }

    /// <summary>A dump's entries, with their abstracts as slices of the dump's run of UTF-8.</summary>
    private static DumpEntry[] ReadEntries(CacheReader reader)
    {
        var count = reader.ReadCount();
        var heads = new (string Title, int Line, int AbstractLine, int Length, int Utf8Length, UInt128 Key, string Excerpt)[count];
        var total = 0L;
        for (var e = 0; e < count; e++)
        {
            heads[e] = (reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadCount(), reader.ReadUInt128(), reader.ReadString());
            total += heads[e].Utf8Length;
        }

        var run = reader.ReadBytes(total <= int.MaxValue ? (int)total : throw new InvalidDataException("cache entry has an impossible count"));
        var entries = new DumpEntry[count];
        var start = 0;
        for (var e = 0; e < count; e++)
        {
            var (title, line, abstractLine, length, utf8Length, key, excerpt) = heads[e];
            var text = utf8Length == 0 ? PaperTexts.Empty : PaperText.FromUtf8(run.AsMemory(start, utf8Length), length, key, excerpt);
            entries[e] = new DumpEntry(title, text, line, abstractLine);
            start += utf8Length;
        }

        return entries;
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static DumpCache Read(CacheReader reader)
    {
        var count = reader.ReadCount();
        var byFile = new Dictionary<string, ParsedDump>(count, StringComparer.Ordinal);
        for (var d = 0; d < count; d++)
        {
            var fileName = reader.ReadString();
            var hash = reader.ReadUInt128();
            var year = ReadOptional(reader);
            var date = ReadOptional(reader) is { } day ? DateOnly.FromDayNumber(day) : (DateOnly?)null;
            var entries = ReadEntries(reader);

            var warnings = new Diagnostic[reader.ReadCount()];
            for (var w = 0; w < warnings.Length; w++)
            {
                var line = ReadOptional(reader);
                warnings[w] = new Diagnostic(DiagnosticSeverity.Warning, fileName, line, reader.ReadString());
            }

            // A name read from the cache names a file in dumps/ and nothing else.
            if (SitePath.IsPlainName(fileName))
            {
                byFile[fileName] = new ParsedDump(hash, year, new Dump(fileName, date, entries), warnings);
            }
        }

        return new DumpCache(byFile);
    }
}
