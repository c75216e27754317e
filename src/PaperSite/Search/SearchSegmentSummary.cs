using PaperSite.Caching;
using PaperSite.Lunr;

namespace PaperSite.Search;

/// <summary>
/// What the build needs of a search segment without making its parts: its part files' names (to list
/// its jobs) and its lengths (for the manifest). Kept in the build cache under the segment's key, so a
/// new day makes only the segment its papers are in.
/// </summary>
internal sealed record SearchSegmentSummary(IReadOnlyList<string> PartNames, LunrSegmentLengths Lengths)
{
    /// <summary>The summary of a made segment.</summary>
    public static SearchSegmentSummary Of(LunrIndexSegment segment) => new(segment.Parts.Select(p => p.FileName).ToList(), segment.Lengths);

    public static SearchSegmentSummary Read(CacheReader reader)
    {
        var names = new string[reader.ReadCount()];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.ReadString();
        }

        var documents = reader.ReadInt32();
        var refs = reader.ReadInt32();
        var lengths = new long[reader.ReadCount()];
        for (var f = 0; f < lengths.Length; f++)
        {
            lengths[f] = reader.ReadInt64();
        }

        return new SearchSegmentSummary(names, new LunrSegmentLengths(documents, refs, lengths));
    }

    public void Write(CacheWriter writer)
    {
        writer.Write(PartNames.Count);
        foreach (var name in PartNames)
        {
            writer.Write(name);
        }

        writer.Write(Lengths.Documents);
        writer.Write(Lengths.Refs);
        writer.Write(Lengths.FieldLengths.Count);
        foreach (var length in Lengths.FieldLengths)
        {
            writer.Write(length);
        }
    }
}
