using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PaperSite.Papers;

/// <summary>Readable ASCII URL segments: Latin accents folded, Greek transliterated, everything else a hyphen.</summary>
internal static class Slug
{
    private const int MaxLength = 80;

    private static readonly Dictionary<char, string> Transliteration = BuildTransliteration();

    /// <summary>
    /// The readable part of a slug: lower-case ASCII letters, digits and single hyphens, at most
    /// 80 characters cut at a hyphen. Empty when the text has no Latin or Greek letters or digits.
    /// </summary>
    public static string From(string text)
    {
        // One pass: each character becomes letters or a separator; a run of separators is one hyphen
        // between letters and none at the ends. A character folds to at most three letters (ﬃ).
        var buffer = text.Length <= 256 ? stackalloc char[text.Length * 3] : new char[text.Length * 3];
        var length = 0;
        var separator = false;
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                Append(buffer, ref length, ref separator, [lower]);
            }
            else if (LatinFold.Of(lower) is { } folded)
            {
                Append(buffer, ref length, ref separator, folded.ToLowerInvariant());
            }
            else if (Transliteration.TryGetValue(lower, out var latin))
            {
                Append(buffer, ref length, ref separator, latin);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(lower) != UnicodeCategory.NonSpacingMark)
            {
                separator = true;
            }
        }

        return Shorten(new string(buffer[..length]));
    }

    /// <summary>
    /// Whether <paramref name="slug"/> is a name Windows keeps for a device (<c>con</c>, <c>nul</c>,
    /// <c>com1</c>, …): a folder so named cannot be made there, nor the site checked out.
    /// </summary>
    public static bool IsDeviceName(string slug) =>
        slug is "con" or "prn" or "aux" or "nul"
        || (slug.Length == 4 && (slug.StartsWith("com", StringComparison.Ordinal) || slug.StartsWith("lpt", StringComparison.Ordinal)) && char.IsAsciiDigit(slug[3]));

    /// <summary>A short stable hex tag of <paramref name="key"/> that tells apart texts whose readable part is the same.</summary>
    public static string Tag(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..6];

    private static void Append(Span<char> buffer, ref int length, ref bool separator, ReadOnlySpan<char> letters)
    {
        if (separator && length > 0)
        {
            buffer[length++] = '-';
        }

        separator = false;
        letters.CopyTo(buffer[length..]);
        length += letters.Length;
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
        const string Greek = "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ";
        string[] latin =
        [
            "a", "b", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o",
            "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y",
        ];
        for (var i = 0; i < Greek.Length; i++)
        {
            map[Greek[i]] = latin[i];
        }

        return map;
    }
}
