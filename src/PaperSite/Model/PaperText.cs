using System.Text;

namespace PaperSite.Model;

/// <summary>
/// A paper's abstract, tidied, read when its dump was parsed. Texts with the same key are equal. A text the
/// build cache kept stays UTF-8 until something asks for it: a new day shows few abstracts, and decoding
/// every one of a large site costs more than the rest of reading the cache.
/// </summary>
internal sealed class PaperText : IEquatable<PaperText>
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private string? _value;

    /// <summary>A text given as a string.</summary>
    /// <param name="value">The tidied abstract (plain text, never markup); empty when the dump had none.</param>
    /// <param name="key">A hash of the text: what keys everything made from it (topics, terms, search).</param>
    /// <param name="excerpt">Its start, cut at a word, as lists of papers show it.</param>
    public PaperText(string value, UInt128 key, string excerpt)
        : this(key, excerpt, value.Length)
    {
        _value = value;
    }

    private PaperText(ReadOnlyMemory<byte> utf8, int length, UInt128 key, string excerpt)
        : this(key, excerpt, length)
    {
        _utf8 = utf8;
    }

    private PaperText(UInt128 key, string excerpt, int length)
    {
        Key = key;
        Excerpt = excerpt;
        Length = length;
    }

    /// <summary>The tidied abstract (plain text, never markup); empty when the dump had none.</summary>
    public string Value => _value ??= Encoding.UTF8.GetString(_utf8.Span);

    /// <summary>A hash of the text: what keys everything made from it (topics, terms, search).</summary>
    public UInt128 Key { get; }

    /// <summary>Its start, cut at a word, as lists of papers show it.</summary>
    public string Excerpt { get; }

    /// <summary>Its length in characters; 0 when the dump had none.</summary>
    public int Length { get; }

    /// <summary>The text as UTF-8 when it was given so, else empty: the build cache writes it again as it read it.</summary>
    public ReadOnlyMemory<byte> KeptUtf8 => _utf8;

    /// <summary>A text kept as <paramref name="utf8"/> (of <paramref name="length"/> characters), decoded when first asked for.</summary>
    public static PaperText FromUtf8(ReadOnlyMemory<byte> utf8, int length, UInt128 key, string excerpt) => new(utf8, length, key, excerpt);

    /// <inheritdoc />
    public bool Equals(PaperText? other) => other is not null && Key == other.Key && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PaperText);

    /// <inheritdoc />
    public override int GetHashCode() => Key.GetHashCode();

    /// <summary>The text.</summary>
    public override string ToString() => Value;
}
