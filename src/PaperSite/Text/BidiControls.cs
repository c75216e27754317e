using System.Buffers;
using System.Globalization;

namespace PaperSite.Text;

/// <summary>
/// The embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): one left open in a
/// title reverses the text after it on the page (the date beside the title, the rest of an abstract,
/// the next search result), so text copied from the web can show something other than what it says.
/// The marks U+200E and U+200F, which order nothing after them, are kept.
/// </summary>
internal static class BidiControls
{
    private const string Chars = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    private static readonly SearchValues<char> Controls = SearchValues.Create(Chars);

    /// <summary>The first control in <paramref name="text"/> as <c>U+XXXX</c>, or null when there is none.</summary>
    public static string? First(string text)
    {
        var at = text.AsSpan().IndexOfAny(Controls);
        return at < 0 ? null : string.Create(CultureInfo.InvariantCulture, $"U+{(int)text[at]:X4}");
    }

    /// <summary><paramref name="text"/> without its controls.</summary>
    public static string Remove(string text) => string.Concat(text.Split(Chars.ToCharArray()));
}
