namespace PaperSite.Dumps;

/// <summary>
/// Tells titles from abstracts by shape, not length alone: titles are short and do not end a
/// sentence; abstracts end one or run long. Lines that fit both are settled by their neighbours.
/// </summary>
internal static class LineShape
{
    private const int MaxTitleWords = 30;
    private const int MaxTitleChars = 250;
    private const int MinSentenceWords = 8;

    /// <summary>Short, and not ending in a full stop.</summary>
    public static bool IsTitleLike(string line) =>
        line.Length <= MaxTitleChars && Words(line) <= MaxTitleWords && !line.EndsWith('.');

    /// <summary>Ends a sentence after several words, or is longer than any title.</summary>
    public static bool IsAbstractLike(string line) =>
        line.Length > MaxTitleChars
        || Words(line) > MaxTitleWords
        || (Words(line) >= MinSentenceWords && EndsSentence(line));

    private static bool EndsSentence(string line) =>
        line.TrimEnd('"', '\'', '”', '’', ')').EndsWith(['.', '!', '?']);

    private static bool EndsWith(this string s, char[] any) => s.Length > 0 && any.Contains(s[^1]);

    private static int Words(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }
}
