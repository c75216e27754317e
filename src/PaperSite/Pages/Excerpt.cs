namespace PaperSite.Pages;

/// <summary>The start of an abstract for lists and search results, cut at a word.</summary>
public static class Excerpt
{
    /// <summary>At most <paramref name="max"/> characters of <paramref name="text"/>, ending at a word and an ellipsis when cut.</summary>
    public static string Of(string text, int max = 240)
    {
        if (text.Length <= max)
        {
            return text;
        }

        // One string made, not three: an excerpt is made for every paper of the site in every build.
        var cut = text.LastIndexOf(' ', max);
        return string.Concat(text.AsSpan(0, cut > max / 2 ? cut : max).TrimEnd(",;:. "), "\u2026");
    }
}
