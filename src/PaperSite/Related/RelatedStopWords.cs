namespace PaperSite.Related;

/// <summary>Words too common in abstracts to say anything about what a paper is about.</summary>
internal static class RelatedStopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "that", "this", "are", "from", "our", "can", "which", "these", "their",
        "such", "have", "has", "been", "was", "were", "not", "but", "also", "its", "into", "than", "more",
        "both", "while", "via", "using", "use", "used", "between", "how", "what", "when", "where", "who",
        "whose", "other", "each", "only", "well", "they", "them", "then", "there", "through", "over",
        "under", "about", "across", "all", "any", "however", "further", "furthermore", "moreover",
        "thu", "show", "propose", "present", "paper", "work", "approach", "method", "result", "new", "novel",
        "based", "existing", "different", "various", "first", "two", "one", "three", "many", "most",
        "may", "might", "will", "would", "could", "should", "does", "due", "without", "within", "some",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
