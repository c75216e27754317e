using PaperSite.Model;

namespace PaperSite.Caching;

/// <summary>
/// A 128-bit hash of an item's inputs (XXH128), to find its result among those a build cached. Fast enough
/// to key every paper of a large site on its whole text, and wide enough that two texts never share one.
/// </summary>
internal static class ContentKey
{
    /// <summary>The key of a paper's text (title and abstract): all that its topics and its terms depend on.</summary>
    public static UInt128 OfText(Paper paper) => new FingerprintBuilder().Append(paper.Title).Append(paper.Abstract.Key).ToUInt128();

    /// <summary>The place of each key's first occurrence in <paramref name="keys"/>, in order: a cache keeps one record per distinct text.</summary>
    public static List<int> FirstPlaces(IReadOnlyList<UInt128> keys)
    {
        var seen = new HashSet<UInt128>();
        var places = new List<int>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (seen.Add(keys[i]))
            {
                places.Add(i);
            }
        }

        return places;
    }
}
