namespace PaperSite.Model;

/// <summary>
/// A paper's abstract, tidied, read when its dump was parsed. Texts with the same key are equal. The text
/// of a dump an earlier build parsed is made when something first asks for it, from the bytes this build
/// read: a new day shows few abstracts, and making every one of a large site costs more than the rest of
/// reading the build cache.
/// </summary>
internal sealed class PaperText : IEquatable<PaperText>
{
    private readonly Func<string>? _make;
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

    /// <summary>A text of <paramref name="length"/> characters that <paramref name="make"/> makes when it is first asked for.</summary>
    /// <param name="make">Makes the text; called at most once unless two threads ask at the same moment, so it must always make the same text.</param>
    /// <param name="length">The length of the text it makes.</param>
    /// <param name="key">A hash of the text.</param>
    /// <param name="excerpt">Its start, cut at a word.</param>
    public PaperText(Func<string> make, int length, UInt128 key, string excerpt)
        : this(key, excerpt, length)
    {
        _make = make;
    }

    private PaperText(UInt128 key, string excerpt, int length)
    {
        Key = key;
        Excerpt = excerpt;
        Length = length;
    }

    /// <summary>The tidied abstract (plain text, never markup); empty when the dump had none.</summary>
    public string Value => _value ??= _make!();

    /// <summary>A hash of the text: what keys everything made from it (topics, terms, search).</summary>
    public UInt128 Key { get; }

    /// <summary>Its start, cut at a word, as lists of papers show it.</summary>
    public string Excerpt { get; }

    /// <summary>Its length in characters; 0 when the dump had none.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public bool Equals(PaperText? other) => other is not null && Key == other.Key && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PaperText);

    /// <inheritdoc />
    public override int GetHashCode() => Key.GetHashCode();

    /// <summary>The text.</summary>
    public override string ToString() => Value;
}
