namespace PaperSite.Search;

/// <summary>
/// How the papers, oldest first, are cut into search index segments (docs/search.md): the oldest
/// papers up to a sealed size, which stays the same until the site grows past the next one, and the
/// papers after them. A new day's papers change only the second segment; the sealed sizes grow by a
/// quarter each (1,000, 1,250, 1,562, …), so the second segment holds at most a fifth of the papers.
/// </summary>
internal static class SearchSegments
{
    /// <summary>The smallest sealed segment: a site with fewer papers has one segment.</summary>
    public const int FirstSealedSize = 1000;

    /// <summary>The segments of <paramref name="paperCount"/> papers: (first place, count), none empty.</summary>
    public static IReadOnlyList<(int First, int Count)> Of(int paperCount)
    {
        var sealedSize = SealedSize(paperCount);
        var segments = new List<(int First, int Count)>();
        if (sealedSize > 0)
        {
            segments.Add((0, sealedSize));
        }

        if (paperCount > sealedSize)
        {
            segments.Add((sealedSize, paperCount - sealedSize));
        }

        return segments;
    }

    /// <summary>The largest sealed size not above <paramref name="paperCount"/>, or 0 below the first.</summary>
    private static int SealedSize(int paperCount)
    {
        var sealedSize = 0;
        for (long size = FirstSealedSize; size <= paperCount; size += size / 4)
        {
            sealedSize = (int)size;
        }

        return sealedSize;
    }
}
