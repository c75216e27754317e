using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PaperSite.Papers;

/// <summary>Readable ASCII URL segments: Latin accents folded, Greek transliterated, everything else a hyphen.</summary>
public static class Slug
{
    private const int MaxLength = 80;

    private static readonly Dictionary<char, string> Transliteration = BuildTransliteration();

    /// <summary>
    /// The readable part of a slug: lower-case ASCII letters, digits and single hyphens, at most
    /// 80 characters cut at a hyphen. Empty when the text has no Latin or Greek letters or digits.
    /// </summary>
    public static string From(string text)
    {
        var ascii = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            AppendAscii(ascii, char.ToLowerInvariant(c));
        }

        return Shorten(CollapseHyphens(ascii));
    }

    /// <summary>A short stable hex tag of <paramref name="key"/> that tells apart texts whose readable part is the same.</summary>
    public static string Tag(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..6];

    private static void AppendAscii(StringBuilder ascii, char c)
    {
        if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
        {
            ascii.Append(c);
        }
        else if (LatinFold.Of(c) is { } folded)
        {
            ascii.Append(folded.ToLowerInvariant());
        }
        else if (Transliteration.TryGetValue(c, out var latin))
        {
            ascii.Append(latin);
        }
        else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
        {
            ascii.Append('-');
        }
    }

    private static string CollapseHyphens(StringBuilder ascii)
    {
        var result = new StringBuilder(ascii.Length);
        foreach (var chunk in ascii.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            result.Append(result.Length == 0 ? "" : "-").Append(chunk);
        }

        return result.ToString();
    }

    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > MaxLength / 2 ? slug[..cut] : slug[..MaxLength];
    }

    private static Dictionary<char, string> BuildTransliteration()
    {
        var map = new Dictionary<char, string>();
        const string greek = "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ";
        string[] latin =
        [
            "a", "b", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o",
            "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y",
        ];
        for (var i = 0; i < greek.Length; i++)
        {
            map[greek[i]] = latin[i];
        }

        return map;
    }
}
