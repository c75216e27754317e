using System.Collections.Concurrent;

namespace PaperSite.Topics;

/// <summary>
/// The words topic phrases are matched on: runs of letters and digits, lower-cased, plurals
/// folded (<c>models</c> → <c>model</c>), so a phrase matches its plural without a stemmer's surprises.
/// </summary>
public static class Words
{
    // A corpus repeats its words endlessly: each folded word is made once and shared, so splitting
    // thousands of abstracts allocates little more than its vocabulary.
    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The folded words of <paramref name="text"/>, in order.</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>(text.Length / 6);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(Fold(text.AsSpan(start, i - start)));
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Lower-cases and drops a plural <c>s</c> (not from <c>-ss</c>, <c>-us</c>, <c>-is</c> or short words).</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        var isPlural = lower.Length > 3 && lower[^1] == 's' && lower[^2] is not ('s' or 'u' or 'i');
        ReadOnlySpan<char> folded = isPlural ? lower[..^1] : lower;
        if (KnownBySpan.TryGetValue(folded, out var known))
        {
            return known;
        }

        var made = new string(folded);
        return Known.GetOrAdd(made, made);
    }
}
