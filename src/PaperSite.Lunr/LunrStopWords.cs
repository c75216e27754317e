using System.Collections.Frozen;

namespace PaperSite.Lunr;

/// <summary><c>lunr.stopWordFilter</c>: the 119 English stop words, matched exactly after trimming.</summary>
internal static class LunrStopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did", "do",
        "does", "either", "else", "ever", "every", "for", "from", "get", "got", "had", "has", "have", "he",
        "her", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just",
        "least", "let", "like", "likely", "may", "me", "might", "most", "must", "my", "neither", "no", "nor",
        "not", "of", "off", "often", "on", "only", "or", "other", "our", "own", "rather", "said", "say", "says",
        "she", "should", "since", "so", "some", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "tis", "to", "too", "twas", "us", "wants", "was", "we", "were", "what", "when",
        "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yet", "you", "your",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanWords =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The stop words, for documentation and tests.</summary>
    public static IReadOnlySet<string> All => Words;

    /// <summary>True when lunr drops <paramref name="token"/>.</summary>
    public static bool IsStopWord(ReadOnlySpan<char> token) => SpanWords.Contains(token);
}
