namespace PaperSite.Papers;

/// <summary>The start of an abstract for lists and search results, cut at a word.</summary>
internal static class Excerpt
{
    /// <summary>At most <paramref name="max"/> characters of <paramref name="text"/>, ending at a word and an ellipsis when cut.</summary>
    public static string Of(string text, int max = 240)
    {
        if (text.Length <= max)
        {
            return text;
        }

        // One string made, not three: an excerpt is made for every abstract of every dump parsed.
        var cut = text.LastIndexOf(' ', max);
        if (cut <= max / 2)
        {
            // No word end near: cut at the limit, but never between the halves of a character.
            cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(",;:. "), "\u2026");
    }
}
