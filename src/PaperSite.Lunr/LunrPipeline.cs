namespace PaperSite.Lunr;

/// <summary>
/// lunr's indexing pipeline: trimmer, stop word filter, stemmer. A token the trimmer empties is still a
/// token (<c>Pipeline.run</c> only drops what a function returns as null/undefined), so <c>""</c> is a term.
/// The serialised index lists the search pipeline, which is the stemmer alone.
/// </summary>
internal static class LunrPipeline
{
    /// <summary>The labels <c>Index.toJSON</c> writes as <c>"pipeline"</c>.</summary>
    public static IReadOnlyList<string> SearchPipelineLabels { get; } = ["stemmer"];

    /// <summary>The term a (lowercased) token becomes, or null when the stop word filter drops it.</summary>
    public static string? Run(ReadOnlySpan<char> token)
    {
        var trimmed = LunrTrimmer.Trim(token);
        return LunrStopWords.IsStopWord(trimmed) ? null : LunrStemmer.Stem(trimmed);
    }

    /// <summary>The terms of a whole field value, in token order (duplicates kept).</summary>
    public static IReadOnlyList<string> Analyse(LunrValue value)
    {
        var terms = new List<string>();
        foreach (var token in LunrTokenizer.Tokenize(value))
        {
            if (Run(token) is { } term)
            {
                terms.Add(term);
            }
        }

        return terms;
    }
}
