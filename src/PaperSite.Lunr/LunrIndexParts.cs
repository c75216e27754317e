namespace PaperSite.Lunr;

/// <summary>
/// One lunr index split by term (see docs/search.md): the parts, the list of every term (for fuzzy
/// and leading-wildcard terms) and the manifest lunr-parts.js loads them by. Merged, the parts a
/// query's terms need give the scores of the whole index.
/// </summary>
/// <param name="Manifest">The manifest: <c>{"version", "fields", "pipeline", "vocabulary", "parts": [[key, file, bytes], …]}</c>, files relative to it; a key listed more than once is a part cut into several files.</param>
/// <param name="Vocabulary">Every term, in JavaScript's sort order, as a JSON array.</param>
/// <param name="Parts">The parts' files, by key in ordinal order (a part cut by document has several, with the same key).</param>
public sealed record LunrIndexParts(byte[] Manifest, byte[] Vocabulary, IReadOnlyList<LunrIndexPart> Parts)
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestFile = "parts.json";

    /// <summary>The vocabulary's file name.</summary>
    public const string VocabularyFile = "terms.json";

    /// <summary>Part sizes aim at this many bytes before compression, so that gzipped they stay under about 100 KB (docs/search.md).</summary>
    public const long DefaultBudget = 300_000;
}

/// <summary>One part of a split lunr index.</summary>
/// <param name="Key">The prefix naming the part: it holds the terms this begins that no longer key begins.</param>
/// <param name="FileName">Its file name, from <see cref="LunrPartKeys.FileName(string, int)"/>.</param>
/// <param name="Json"><c>{"fieldVectors": […], "invertedIndex": […]}</c>: lunr's serialized index, those terms' entries only.</param>
public sealed record LunrIndexPart(string Key, string FileName, byte[] Json);
