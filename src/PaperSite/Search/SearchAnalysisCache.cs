using System.Runtime.InteropServices;
using System.Text;
using PaperSite.Caching;
using PaperSite.Lunr;

namespace PaperSite.Search;

/// <summary>
/// What lunr's pipeline made of each paper's searchable text, kept in the build cache between builds
/// (docs/search.md, "Next-day builds"), so that a new day analyses only its new or changed papers.
/// Each paper's analysis is filed under the hash of its searchable text; the entry's key names the
/// fields, the format and PaperSite's version. The entry holds the vocabulary (every term once),
/// then per paper its hash and, per field, its length and its (term number, count) pairs. An entry
/// that does not read back whole and consistent is no entry: every paper is analysed again.
/// </summary>
internal static class SearchAnalysisCache
{
    private const string Entry = "search-analyses";
    private const int FormatVersion = 1;

    // Strict both ways: a term UTF-8 cannot hold as it is (a lone surrogate) is never kept changed.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The kept analyses by searchable-text hash, with the vocabulary their terms are numbered in; none when there are none to trust.</summary>
    public static KeptAnalyses Read(BuildCache cache, IReadOnlyList<LunrField> fields)
    {
        return cache.Read(Entry, KeyOf(fields)) is { } bytes && Decode(bytes, fields.Count) is { } kept ? kept : KeptAnalyses.None;
    }

    /// <summary>Keeps <paramref name="papers"/>' analyses (and only theirs), terms numbered in <paramref name="vocabulary"/>, for the next build.</summary>
    public static void Write(BuildCache cache, IReadOnlyList<LunrField> fields, IReadOnlyList<string> vocabulary, IReadOnlyList<(UInt128 Key, IReadOnlyList<LunrFieldAnalysis> Fields)> papers)
    {
        try
        {
            cache.Write(Entry, KeyOf(fields), Encode(vocabulary, papers));
        }
        catch (EncoderFallbackException)
        {
            // Not kept: the next build analyses these papers again, which gives the same index.
        }
    }

    internal static byte[] Encode(IReadOnlyList<string> terms, IReadOnlyList<(UInt128 Key, IReadOnlyList<LunrFieldAnalysis> Fields)> papers)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, StrictUtf8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(terms.Count);
            foreach (var term in terms)
            {
                writer.Write(term);
            }

            writer.Write7BitEncodedInt(papers.Count);
            foreach (var (key, fields) in papers)
            {
                writer.Write((ulong)(key >> 64));
                writer.Write((ulong)key);
                writer.Write7BitEncodedInt(fields.Count);
                foreach (var field in fields)
                {
                    writer.Write7BitEncodedInt(field.Length);
                    writer.Write7BitEncodedInt(field.Terms.Length);
                    for (var i = 0; i < field.Terms.Length; i++)
                    {
                        writer.Write7BitEncodedInt(field.Terms[i]);
                        writer.Write7BitEncodedInt(field.Counts[i]);
                    }
                }
            }
        }

        return bytes.ToArray();
    }

    /// <summary>The analyses in <paramref name="bytes"/>, or null unless they read back whole and consistent.</summary>
    internal static KeptAnalyses? Decode(byte[] bytes, int fieldCount)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), StrictUtf8);
            var termCount = reader.Read7BitEncodedInt();
            if (termCount < 0 || termCount > bytes.Length)
            {
                return null;
            }

            var terms = new string[termCount];
            for (var t = 0; t < terms.Length; t++)
            {
                terms[t] = reader.ReadString();
            }

            var lastFieldOfTerm = new int[terms.Length];
            Array.Fill(lastFieldOfTerm, -1);
            var fieldNumber = 0;
            var papers = new Dictionary<UInt128, IReadOnlyList<LunrFieldAnalysis>>();
            for (var count = reader.Read7BitEncodedInt(); papers.Count < count;)
            {
                var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                if (reader.Read7BitEncodedInt() != fieldCount)
                {
                    return null;
                }

                var fields = new LunrFieldAnalysis[fieldCount];
                for (var f = 0; f < fieldCount; f++)
                {
                    if (ReadField(reader, terms.Length, lastFieldOfTerm, fieldNumber++) is not { } field)
                    {
                        return null;
                    }

                    fields[f] = field;
                }

                if (!papers.TryAdd(key, fields))
                {
                    return null;
                }
            }

            return reader.BaseStream.Position == bytes.Length ? new KeptAnalyses(terms, papers) : null;
        }
        catch (Exception e) when (e is IOException or FormatException or DecoderFallbackException or OverflowException)
        {
            // Truncated or not what Encode wrote: read as no entry.
            return null;
        }
    }

    /// <summary>One field, or null when it is not one an analysis gives: a term out of range or twice, a count below 1, counts not adding up to the length.</summary>
    private static LunrFieldAnalysis? ReadField(BinaryReader reader, int termCount, int[] lastFieldOfTerm, int fieldNumber)
    {
        var length = reader.Read7BitEncodedInt();
        var distinct = reader.Read7BitEncodedInt();
        if (distinct == 0)
        {
            return length == 0 ? LunrFieldAnalysis.Empty : null;
        }

        if (distinct < 0 || distinct > length)
        {
            return null;
        }

        var fieldTerms = new int[distinct];
        var counts = new int[distinct];
        var total = 0L;
        for (var i = 0; i < distinct; i++)
        {
            var term = reader.Read7BitEncodedInt();
            counts[i] = reader.Read7BitEncodedInt();
            if ((uint)term >= (uint)termCount || lastFieldOfTerm[term] == fieldNumber || counts[i] < 1)
            {
                return null;
            }

            lastFieldOfTerm[term] = fieldNumber;
            fieldTerms[i] = term;
            total += counts[i];
        }

        return total == length
            ? new LunrFieldAnalysis(length, ImmutableCollectionsMarshal.AsImmutableArray(fieldTerms), ImmutableCollectionsMarshal.AsImmutableArray(counts))
            : null;
    }

    private static string KeyOf(IReadOnlyList<LunrField> fields)
    {
        var key = new FingerprintBuilder().Append(CodeVersion.Id).Append(FormatVersion).Append(fields.Count);
        foreach (var field in fields)
        {
            key.Append(field.Name);
        }

        return key.ToString();
    }
}
