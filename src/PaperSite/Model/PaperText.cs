namespace PaperSite.Model;

/// <summary>A paper's abstract, tidied, read when its dump was parsed. Texts with the same key are equal.</summary>
/// <param name="Value">The tidied abstract (plain text, never markup); empty when the dump had none.</param>
/// <param name="Key">A hash of the text: what keys everything made from it (topics, terms, search).</param>
/// <param name="Excerpt">Its start, cut at a word, as lists of papers show it.</param>
internal sealed record PaperText(string Value, UInt128 Key, string Excerpt)
{
    /// <summary>Its length in characters; 0 when the dump had no abstract.</summary>
    public int Length => Value.Length;

    /// <summary>The text.</summary>
    public override string ToString() => Value;
}
