namespace PaperSite.Lunr;

/// <summary>
/// <c>lunr.trimmer</c>: strips JavaScript's ASCII-only <c>\W</c> (anything but <c>[A-Za-z0-9_]</c>) from both
/// ends, so <c>café</c> becomes <c>caf</c> and <c>ΟΔΟΣ</c> becomes the empty term.
/// </summary>
internal static class LunrTrimmer
{
    /// <summary>Trims a token.</summary>
    public static string Trim(string token)
    {
        var trimmed = Trim(token.AsSpan());
        return trimmed.Length == token.Length ? token : trimmed.ToString();
    }

    /// <summary>Trims a token given as a span, without allocating.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        var start = 0;
        while (start < token.Length && !IsWordChar(token[start]))
        {
            start++;
        }

        var end = token.Length;
        while (end > start && !IsWordChar(token[end - 1]))
        {
            end--;
        }

        return token[start..end];
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
