using System.Globalization;
using System.Text;

namespace PaperSite.Text;

/// <summary>
/// Characters no page or feed can carry: controls other than tab and line breaks (HTML forbids
/// them, XML 1.0 most of them), noncharacters and lone surrogates. Text from the input is checked
/// for them once, where it is read, so that what the site shows is what a reader can be told about.
/// </summary>
internal static class UnshowableChars
{
    /// <summary>The first unshowable character of <paramref name="text"/> as <c>U+XXXX</c>, or null when there is none.</summary>
    public static string? First(string text)
    {
        var at = IndexOfFirst(text);
        if (at < 0)
        {
            return null;
        }

        var codePoint = char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1])
            ? char.ConvertToUtf32(text[at], text[at + 1])
            : text[at];
        return string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4}");
    }

    /// <summary><paramref name="text"/> without its unshowable characters.</summary>
    public static string Remove(string text)
    {
        if (IndexOfFirst(text) < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var width = ShowableWidth(text, i);
            kept.Append(text, i, width);
            i += Math.Max(width, 1) - 1;
        }

        return kept.ToString();
    }

    private static int IndexOfFirst(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var width = ShowableWidth(text, i);
            if (width == 0)
            {
                return i;
            }

            i += width - 1;
        }

        return -1;
    }

    /// <summary>How many UTF-16 units the character at <paramref name="i"/> takes, or 0 when it cannot be shown.</summary>
    private static int ShowableWidth(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            return IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])) ? 0 : 2;
        }

        var unshowable = char.IsSurrogate(c)
            || (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            || IsNoncharacter(c);
        return unshowable ? 0 : 1;
    }

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane, which Unicode keeps out of interchange.</summary>
    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
