using System.Text;

namespace PaperSite.Lunr;

/// <summary>
/// Corpus statistics as plain data, detached from the analysis they came from, so they can be kept
/// between builds and applied to another analysis (<see cref="LunrCorpusStatistics.FromSnapshot"/>).
/// </summary>
/// <param name="DocumentCount">Documents the statistics count.</param>
/// <param name="AverageFieldLengths">Average length of each field, in field order.</param>
/// <param name="DocumentFrequencies">Documents each term occurs in; terms in none are left out.</param>
public sealed record LunrStatisticsSnapshot(int DocumentCount, IReadOnlyList<double> AverageFieldLengths, IReadOnlyDictionary<string, int> DocumentFrequencies)
{
    /// <summary>The snapshot as bytes, for <see cref="TryFromBytes"/>.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(DocumentCount);
            writer.Write(AverageFieldLengths.Count);
            foreach (var length in AverageFieldLengths)
            {
                writer.Write(length);
            }

            writer.Write(DocumentFrequencies.Count);
            foreach (var (term, frequency) in DocumentFrequencies.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                writer.Write(term);
                writer.Write(frequency);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Reads what <see cref="ToBytes"/> wrote; null when the bytes end too early.</summary>
    public static LunrStatisticsSnapshot? TryFromBytes(byte[] bytes)
    {
        try
        {
            return FromBytes(bytes);
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    private static LunrStatisticsSnapshot FromBytes(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        var documentCount = reader.ReadInt32();
        var lengths = new double[reader.ReadInt32()];
        for (var f = 0; f < lengths.Length; f++)
        {
            lengths[f] = reader.ReadDouble();
        }

        var termCount = reader.ReadInt32();
        var frequencies = new Dictionary<string, int>(termCount, StringComparer.Ordinal);
        for (var t = 0; t < termCount; t++)
        {
            frequencies[reader.ReadString()] = reader.ReadInt32();
        }

        return new LunrStatisticsSnapshot(documentCount, lengths, frequencies);
    }
}
