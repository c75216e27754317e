using System.IO.Hashing;
using System.Runtime.InteropServices;
using PaperSite.Model;

namespace PaperSite.Papers;

/// <summary>Makes a <see cref="PaperText"/> of an abstract as a dump has it: tidied, keyed and excerpted.</summary>
internal static class PaperTexts
{
    /// <summary>The text of no abstract.</summary>
    public static PaperText Empty { get; } = Of("");

    /// <summary>The tidied <paramref name="abstractText"/> with its key and excerpt.</summary>
    public static PaperText Of(string abstractText)
    {
        var text = AbstractTidier.Tidy(abstractText);
        return new PaperText(text, KeyOf(text), Excerpt.Of(text));
    }

    /// <summary>The key of a tidied text (XXH128 of its UTF-16 code units).</summary>
    public static UInt128 KeyOf(string text) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()));
}
