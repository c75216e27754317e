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

        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > max / 2 ? cut : max)].TrimEnd(',', ';', ':', '.', ' ') + "\u2026";
    }
}
