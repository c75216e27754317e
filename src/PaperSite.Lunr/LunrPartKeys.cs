using System.Text;

namespace PaperSite.Lunr;

/// <summary>How a term finds its part of a split index, the same way lunr-parts.js does in the browser.</summary>
internal static class LunrPartKeys
{
    /// <summary>
    /// The key of the part holding <paramref name="term"/>: the longest key that begins it, or null when none
    /// does (the term is in no part). <paramref name="longestKey"/> is the length of the longest key, worked
    /// out once by the caller (<see cref="Longest"/>): only that many letters of a term can be a key, so a term
    /// of 200,000 letters costs what a short one does instead of a lookup of each of its prefixes.
    /// </summary>
    public static string? PartOf(IReadOnlySet<string> keys, int longestKey, string term)
    {
        for (var length = Math.Min(term.Length, longestKey); length >= 0; length--)
        {
            if (keys.Contains(term[..length]))
            {
                return term[..length];
            }
        }

        return null;
    }

    /// <summary>The length of the longest of <paramref name="keys"/>.</summary>
    public static int Longest(IEnumerable<string> keys) => keys.Select(k => k.Length).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The file name of chunk <paramref name="chunk"/> of the part with <paramref name="key"/>:
    /// <c>p-</c>, the key's ASCII letters and digits as they are and any other UTF-16 unit as
    /// <c>_</c> and four hex digits, then <c>.json</c> for the first chunk and <c>.2.json</c>, … for
    /// the next ones (a part too big for one file, a term in most documents, is cut by document; all
    /// its chunks are needed together). Safe on every file system and in a URL, and never the same
    /// for two keys.
    /// </summary>

    public static string FileName(string key, int chunk)
    {
        var name = new StringBuilder("p-", key.Length + 8);
        foreach (var unit in key)
        {
            if (unit is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                name.Append(unit);
            }
            else
            {
                name.Append('_').Append(((int)unit).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (chunk > 0)
        {
            name.Append('.').Append((chunk + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return name.Append(".json").ToString();
    }
}
