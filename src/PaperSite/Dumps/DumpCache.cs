using System.IO.Hashing;
using PaperSite.Caching;
using PaperSite.Diagnostics;
using PaperSite.Model;
using PaperSite.Output;
using PaperSite.Papers;

namespace PaperSite.Dumps;

/// <summary>
/// Each dump's parse kept between builds under the hash of its bytes: the date, titles, lines and
/// warnings, and of each abstract its key, length and excerpt, but not its text. A daily build adds
/// a dump to dumps it parsed before: those are neither decoded nor parsed again, and an abstract is
/// read (its line alone decoded again, checked against its key) only when a page, feed or search
/// shard that shows it is made. Decoding every abstract of a large site was most of what a daily
/// build allocated, and new memory is what costs most on small machines.
/// </summary>
internal sealed class DumpCache
{
    private const string Entry = "dumps";
    private const string Key = "dumps 1";

    private readonly Dictionary<string, ParsedDump> _byFile;

    private DumpCache(Dictionary<string, ParsedDump> byFile) => _byFile = byFile;

    /// <summary>A cache with nothing in it.</summary>
    public static DumpCache Empty { get; } = new([]);

    /// <summary>The dumps the last build parsed; their abstracts are read from <paramref name="dumpsDir"/> when asked for.</summary>
    public static DumpCache Load(BuildCache cache, string dumpsDir) =>
        cache.Load(Entry, Key, reader => Read(reader, dumpsDir)) is { } loaded ? new DumpCache(loaded) : Empty;

    /// <summary>XXH128 of a dump's bytes.</summary>
    public static UInt128 HashOf(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    /// <summary>The last build's parse of <paramref name="fileName"/> when its bytes are the same (<paramref name="hash"/>), else null.</summary>
    public ParsedDump? Find(string fileName, UInt128 hash) =>
        _byFile.TryGetValue(fileName, out var parsed) && parsed.Hash == hash ? parsed : null;

    /// <summary>Keeps <paramref name="parsed"/> (every dump of this build) for the next build, unless it is what this cache holds.</summary>
    public void Store(BuildCache cache, IReadOnlyList<ParsedDump> parsed)
    {
        if (parsed.Count == _byFile.Count && parsed.All(p => _byFile.TryGetValue(p.Dump.FileName, out var known) && ReferenceEquals(known, p)))
        {
            return;
        }

        cache.Store(Entry, Key, writer => Write(writer, parsed));
    }

    private static void Write(CacheWriter writer, IReadOnlyList<ParsedDump> parsed)
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
                writer.Write(entry.Abstract.Key);
                writer.Write(entry.Abstract.Length);
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

    private static Dictionary<string, ParsedDump> Read(CacheReader reader, string dumpsDir)
    {
        var count = reader.ReadCount();
        var byFile = new Dictionary<string, ParsedDump>(count, StringComparer.Ordinal);
        for (var d = 0; d < count; d++)
        {
            var fileName = reader.ReadString();
            var hash = reader.ReadUInt128();
            var year = ReadOptional(reader);
            var date = ReadOptional(reader) is { } day ? DateOnly.FromDayNumber(day) : (DateOnly?)null;
            var path = Path.Combine(dumpsDir, fileName);
            var entries = new DumpEntry[reader.ReadCount()];
            for (var e = 0; e < entries.Length; e++)
            {
                var title = reader.ReadString();
                var line = reader.ReadInt32();
                var abstractLine = reader.ReadInt32();
                var key = reader.ReadUInt128();
                var length = reader.ReadInt32();
                var excerpt = reader.ReadString();
                var text = length == 0 ? PaperTexts.Empty : new PaperText(key, length, excerpt, () => ReadAbstract(path, abstractLine, key));
                entries[e] = new DumpEntry(title, text, line, abstractLine);
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
                byFile[fileName] = new ParsedDump(hash, year, new Dump(fileName, date, entries), warnings);
            }
        }

        return byFile;
    }

    /// <summary>
    /// The tidied abstract on line <paramref name="line"/> of a dump parsed by an earlier build, that
    /// line alone decoded: a build reads few of them (the pages, feeds and search shards it makes).
    /// The text must have the key it was parsed with; the rest of the file was checked when read.
    /// </summary>
    /// <exception cref="PaperSiteException">The line changed since this build read the file, or the file cannot be read.</exception>
    private static string ReadAbstract(string path, int line, UInt128 key)
    {
        var fileName = Path.GetFileName(path);
        string? text;
        try
        {
            text = DumpBytes.Read(path, bytes => DumpDecoder.Line(bytes, line));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PaperSiteException(fileName, line, $"could not be read again while the site was built ({e.Message}); build again", e);
        }

        var tidied = text is null ? null : AbstractTidier.Tidy(text);
        if (tidied is null || PaperTexts.KeyOf(tidied) != key)
        {
            throw DumpBytes.ChangedSinceRead(fileName, line);
        }

        return tidied;
    }
}
