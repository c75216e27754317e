using System.Buffers;
using System.Globalization;
using System.Text;

namespace PaperSite.Lunr;

/// <summary>
/// JavaScript's <c>String.prototype.toLowerCase</c> as node 20 runs it. .NET's invariant lowering is a
/// one-to-one simple case mapping from an older Unicode table; JavaScript applies the full default mapping
/// (<c>İ</c> becomes two code points), the context-sensitive final sigma, and knows a few newer letters.
/// </summary>
internal static class JsLowerCase
{
    private const char CapitalIWithDot = '\u0130';
    private const char CapitalSigma = '\u03A3';

    /// <summary>Lowercase mappings node 20's ICU has that .NET 10's table lacks (Unicode 16 additions).</summary>
    private static readonly Dictionary<int, int> NewerMappings = BuildNewerMappings();

    /// <summary>Every char whose lowering .NET gets wrong; U+D81B is the high surrogate of U+16EA0–U+16EB8.</summary>
    private static readonly SearchValues<char> Specials =
        SearchValues.Create([CapitalIWithDot, CapitalSigma, '\uA7CE', '\uA7D2', '\uA7D4', '\uD81B']);

    /// <summary>Lowercases <paramref name="text"/> exactly as JavaScript does.</summary>
    public static string ToLower(string text)
    {
        // ToLowerInvariant returns the same instance when nothing changes, and is vectorised.
        var lowered = text.ToLowerInvariant();
        return text.AsSpan().IndexOfAny(Specials) < 0 ? lowered : ToLowerSlow(text);
    }

    private static string ToLowerSlow(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            AppendLower(builder, text, i, rune);
            i += consumed;
        }

        return builder.ToString();
    }

    private static void AppendLower(StringBuilder builder, string text, int index, Rune rune)
    {
        switch (rune.Value)
        {
            case CapitalIWithDot:
                builder.Append("i\u0307");
                return;
            case CapitalSigma:
                builder.Append(IsFinalSigma(text, index) ? '\u03C2' : '\u03C3');
                return;
        }

        if (NewerMappings.TryGetValue(rune.Value, out var lower))
        {
            builder.Append(char.ConvertFromUtf32(lower));
            return;
        }

        var lowered = Rune.ToLowerInvariant(rune);
        Span<char> buffer = stackalloc char[2];
        builder.Append(buffer[..lowered.EncodeToUtf16(buffer)]);
    }

    /// <summary>Unicode's Final_Sigma condition: a cased letter before (skipping case-ignorables), none after.</summary>
    private static bool IsFinalSigma(string text, int index)
    {
        return CasedLetterBefore(text, index) && !CasedLetterAfter(text, index + 1);
    }

    private static bool CasedLetterBefore(string text, int index)
    {
        for (var i = index; i > 0;)
        {
            var status = Rune.DecodeLastFromUtf16(text.AsSpan(0, i), out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                return false;
            }

            if (!IsCaseIgnorable(rune))
            {
                return IsCased(rune);
            }

            i -= consumed;
        }

        return false;
    }

    private static bool CasedLetterAfter(string text, int index)
    {
        for (var i = index; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                return false;
            }

            if (!IsCaseIgnorable(rune))
            {
                return IsCased(rune);
            }

            i += consumed;
        }

        return false;
    }

    /// <summary>Approximates Unicode's Cased property: letters with a case, or anything with a case mapping.</summary>
    private static bool IsCased(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            || Rune.ToLowerInvariant(rune) != rune
            || Rune.ToUpperInvariant(rune) != rune;
    }

    /// <summary>Unicode's Case_Ignorable: marks, format chars, modifiers, and the word-internal punctuation.</summary>
    private static bool IsCaseIgnorable(Rune rune)
    {
        switch (rune.Value)
        {
            case '\'' or '.' or ':' or '\u00B7' or '\u0387' or '\u055F' or '\u05F4' or '\u2018' or '\u2019'
                or '\u2024' or '\u2027' or '\uFE13' or '\uFE52' or '\uFE55' or '\uFF07' or '\uFF0E' or '\uFF1A':
                return true;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
    }

    private static Dictionary<int, int> BuildNewerMappings()
    {
        var map = new Dictionary<int, int> { [0xA7CE] = 0xA7CF, [0xA7D2] = 0xA7D3, [0xA7D4] = 0xA7D5 };

        // Beria Erfe capitals U+16EA0–U+16EB8 map to U+16EBB–U+16ED3.
        for (var upper = 0x16EA0; upper <= 0x16EB8; upper++)
        {
            map[upper] = upper + 0x1B;
        }

        return map;
    }
}
