namespace PaperSite.Model;

/// <summary>
/// A paper's abstract, tidied. Its key (a hash of the text), its length and its excerpt for cards
/// are known from the start; the text itself may be read only when a page, feed or search shard
/// that shows it is made, so a build never decodes the abstracts of older dumps it has parsed
/// before (see <c>Dumps.DumpCache</c>). Texts with the same key are equal.
/// </summary>
internal sealed class PaperText : IEquatable<PaperText>
{
    private readonly Func<string>? _read;
    private string? _value;

    /// <summary>A text at hand.</summary>
    /// <param name="value">The tidied abstract.</param>
    /// <param name="key">Its key (see <see cref="Key"/>).</param>
    /// <param name="excerpt">Its excerpt for cards.</param>
    public PaperText(string value, UInt128 key, string excerpt)
    {
        _value = value;
        Key = key;
        Length = value.Length;
        Excerpt = excerpt;
    }

    /// <summary>A text read when first asked for.</summary>
    /// <param name="key">Its key (see <see cref="Key"/>).</param>
    /// <param name="length">Its length in characters.</param>
    /// <param name="excerpt">Its excerpt for cards.</param>
    /// <param name="read">Reads it; called at most once per thread that asks before it is known, and must give the text with this key.</param>
    public PaperText(UInt128 key, int length, string excerpt, Func<string> read)
    {
        Key = key;
        Length = length;
        Excerpt = excerpt;
        _read = read;
    }

    /// <summary>A hash of the text: what keys everything made from it (topics, terms, search, pages).</summary>
    public UInt128 Key { get; }

    /// <summary>Its length in characters; 0 when the dump had no abstract.</summary>
    public int Length { get; }

    /// <summary>Its start, cut at a word, as lists of papers show it.</summary>
    public string Excerpt { get; }

    /// <summary>The text, read from its dump the first time it is asked for when it was not at hand.</summary>
    public string Value => _value ??= _read!();

    /// <inheritdoc />
    public bool Equals(PaperText? other) => other is not null && other.Key == Key && other.Length == Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PaperText);

    /// <inheritdoc />
    public override int GetHashCode() => Key.GetHashCode();

    /// <summary>The text (read if need be).</summary>
    public override string ToString() => Value;
}
