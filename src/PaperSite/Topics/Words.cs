namespace PaperSite.Topics;

/// <summary>
/// The words topic phrases are matched on: runs of letters and digits, lower-cased, plurals
/// folded (<c>models</c> → <c>model</c>), so a phrase matches its plural without a stemmer's surprises.
/// </summary>
internal static class Words
{
    // Words longer than this are folded on the heap; real words never are.
    private const int StackWordLength = 128;

    // Each folded word is made once and shared, so splitting thousands of abstracts allocates
    // little more than their vocabulary.
    private static readonly WordTable<string> Interned = new(word => word);

    /// <summary>The folded words of <paramref name="text"/>, in order.</summary>
    public static List<string> Of(string text) => Of(text, Interned);

    /// <summary>What <paramref name="table"/> maps each folded word of <paramref name="text"/> to, in order.</summary>
    public static List<T> Of<T>(string text, WordTable<T> table)
    {
        var words = new List<T>(text.Length / 6);
        Span<char> lower = stackalloc char[StackWordLength];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                if (length < lower.Length)
                {
                    lower[length] = LowerChar(c);
                }

                length++;
            }
            else if (length > 0)
            {
                words.Add(table[Folded(text, i - length, length, lower)]);
                length = 0;
            }
        }

        if (length > 0)
        {
            words.Add(table[Folded(text, text.Length - length, length, lower)]);
        }

        return words;
    }

    /// <summary>Lower-cases and drops a plural <c>s</c> (not from <c>-ss</c>, <c>-us</c>, <c>-is</c> or short words).</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var lower = word.Length <= StackWordLength ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return Interned[WithoutPlural(lower)];
    }

    // Splitting abstracts is most of the topic stage's work, and nearly all their text is ASCII:
    // IsWordChar and LowerChar spare it the general Unicode paths, with the same results.
    private static bool IsWordChar(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    // A word holds no surrogates (they are not letters), so lower-casing it char by char is
    // exactly ToLowerInvariant of the whole word.
    private static char LowerChar(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : char.IsAscii(c) ? c : char.ToLowerInvariant(c);

    // The word of `length` chars at `start`, folded. The scan has already lower-cased it into
    // `lower`, unless it was too long to fit.
    private static ReadOnlySpan<char> Folded(string text, int start, int length, Span<char> lower)
    {
        if (length > lower.Length)
        {
            lower = new char[length];
            for (var k = 0; k < length; k++)
            {
                lower[k] = LowerChar(text[start + k]);
            }
        }

        return WithoutPlural(lower[..length]);
    }

    private static ReadOnlySpan<char> WithoutPlural(ReadOnlySpan<char> lower)
    {
        var isPlural = lower.Length > 3 && lower[^1] == 's' && lower[^2] is not ('s' or 'u' or 'i');
        return isPlural ? lower[..^1] : lower;
    }
}
