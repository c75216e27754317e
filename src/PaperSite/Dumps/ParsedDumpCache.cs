using PaperSite.Caching;
using PaperSite.Diagnostics;
using PaperSite.Model;

namespace PaperSite.Dumps;

/// <summary>
/// Parsed dumps kept between builds, each under the key of its file's name and bytes, all of them
/// under <c>year</c> from <c>site.yml</c> (which dates dumps without a year) and PaperSite's version.
/// A daily build parses only the new or edited dumps; the others, and their warnings, come from here.
/// The dumps are spread over a few entries by file name: they load side by side, and a new dump
/// rewrites only its own entry.
/// </summary>
public sealed class ParsedDumpCache
{
    private const string Entry = "parsed-dumps";
    private const int Parts = 8;

    private readonly Dictionary<UInt128, ParsedDump>[] _parts;

    private ParsedDumpCache(Dictionary<UInt128, ParsedDump>[] parts) => _parts = parts;

    /// <summary>The dumps parsed by the last build with the same <paramref name="defaultYear"/>; none when it had another or left no cache.</summary>
    public static ParsedDumpCache Load(BuildCache cache, int? defaultYear)
    {
        var parts = new Dictionary<UInt128, ParsedDump>[Parts];
        Parallel.For(0, Parts, p => parts[p] = cache.Load(PartName(p), CacheKey(defaultYear), Read) ?? []);
        return new ParsedDumpCache(parts);
    }

    /// <summary>The key of a dump file: its name and bytes.</summary>
    public static UInt128 KeyOf(string fileName, ReadOnlySpan<byte> bytes)
    {
        var hash = new System.IO.Hashing.XxHash128();
        ContentKey.Append(hash, fileName);
        hash.Append(bytes);
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The file parsed as it was cached, or null when it was not (or had other bytes or another name).</summary>
    public ParsedDump? Find(string fileName, UInt128 key) => _parts[PartOf(fileName)].GetValueOrDefault(key);

    /// <summary>Keeps <paramref name="parsed"/> for the next build, rewriting only the entries whose dumps changed.</summary>
    public void Store(BuildCache cache, int? defaultYear, IReadOnlyList<(string FileName, ParsedDump Parsed)> parsed)
    {
        var byPart = parsed.GroupBy(p => PartOf(p.FileName)).ToDictionary(g => g.Key, g => g.Select(p => p.Parsed).ToList());
        for (var p = 0; p < Parts; p++)
        {
            var now = byPart.GetValueOrDefault(p) ?? [];
            var before = _parts[p];
            if (now.Count != before.Count || !now.All(d => before.TryGetValue(d.Key, out var cached) && ReferenceEquals(cached, d)))
            {
                cache.Store(PartName(p), CacheKey(defaultYear), writer => Write(writer, now));
            }
        }
    }

    private static string PartName(int part) => $"{Entry}-{part}";

    private static int PartOf(string fileName) =>
        (int)(System.IO.Hashing.XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(fileName.AsSpan())) % Parts);

    private static string CacheKey(int? defaultYear) => $"{Entry}\nyear={defaultYear}";

    private static void Write(CacheWriter writer, IReadOnlyList<ParsedDump> parsed)
    {
        writer.Write(parsed.Count);
        foreach (var (key, dump, warnings) in parsed)
        {
            writer.Write(key);
            writer.Write(warnings.Count);
            foreach (var warning in warnings)
            {
                writer.Write(warning.File);
                writer.Write(warning.Line ?? -1);
                writer.Write(warning.Message);
            }

            writer.Write(dump is not null);
            if (dump is null)
            {
                continue;
            }

            writer.Write(dump.FileName);
            writer.Write(dump.Date?.DayNumber ?? -1);
            writer.Write(dump.Entries.Count);
            foreach (var entry in dump.Entries)
            {
                writer.Write(entry.Title);
                writer.Write(entry.Abstract);
                writer.Write(entry.Line);
            }
        }
    }

    private static Dictionary<UInt128, ParsedDump> Read(CacheReader reader)
    {
        var count = reader.ReadCount();
        var byKey = new Dictionary<UInt128, ParsedDump>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt128();
            var warnings = new Diagnostic[reader.ReadCount()];
            for (var w = 0; w < warnings.Length; w++)
            {
                var file = reader.ReadString();
                var line = reader.ReadInt32();
                warnings[w] = new Diagnostic(DiagnosticSeverity.Warning, file, line < 0 ? null : line, reader.ReadString());
            }

            byKey[key] = new ParsedDump(key, reader.ReadBoolean() ? ReadDump(reader) : null, warnings);
        }

        return byKey;
    }

    private static Dump ReadDump(CacheReader reader)
    {
        var fileName = reader.ReadString();
        var day = reader.ReadInt32();
        var entries = new DumpEntry[reader.ReadCount()];
        for (var e = 0; e < entries.Length; e++)
        {
            entries[e] = new DumpEntry(reader.ReadString(), reader.ReadString(), reader.ReadInt32());
        }

        return new Dump(fileName, day < 0 ? null : DateOnly.FromDayNumber(day), entries);
    }
}
