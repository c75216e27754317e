namespace PaperSite.Lunr;

/// <summary>
/// One lunr index split into segments of consecutive documents, each split by term (see docs/search.md),
/// and the manifest lunr-parts.js loads them by. Merged and scored by lunr-parts.js, the parts a query's
/// terms need give the scores of the whole index.
/// </summary>
/// <param name="Manifest">The manifest (<see cref="ManifestFile"/>): what lunr and the scoring need, and the segments' manifests as <c>{first}/parts.json</c>.</param>
/// <param name="Segments">The segments, in document order.</param>
public sealed record LunrIndexParts(byte[] Manifest, IReadOnlyList<LunrIndexSegment> Segments)
{
    /// <summary>The file name of the manifest and of each segment's manifest.</summary>
    public const string ManifestFile = "parts.json";

    /// <summary>Part sizes aim at this many bytes before compression, so that gzipped they stay under about 100 KB (docs/search.md).</summary>
    public const long DefaultBudget = 300_000;

    /// <summary>The folder of <paramref name="segment"/>'s files beside the manifest: its first document's number.</summary>
    public static string FolderOf(LunrIndexSegment segment) => segment.First.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/";

    /// <summary>Every file, as a path relative to the manifest and its bytes: the segments' files, then the manifest.</summary>
    public IEnumerable<(string Path, byte[] Bytes)> Files()
    {
        foreach (var segment in Segments)
        {
            var folder = FolderOf(segment);
            foreach (var part in segment.Parts)
            {
                yield return (folder + part.FileName, part.Json);
            }

            yield return (folder + LunrIndexSegment.VocabularyFile, segment.Vocabulary);
            yield return (folder + ManifestFile, segment.Manifest);
        }

        yield return (ManifestFile, Manifest);
    }

    /// <summary>Writes every file into <paramref name="folder"/>, the manifest last: a folder with it is complete.</summary>
    public void WriteTo(string folder)
    {
        foreach (var (path, bytes) in Files())
        {
            var file = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
        }
    }
}

/// <summary>The parts of a run of consecutive documents: nothing in them depends on the other documents.</summary>
/// <param name="First">The run's first document (its place among the analysed documents).</param>
/// <param name="Count">How many documents it holds.</param>
/// <param name="Manifest"><c>{"vocabulary": file, "parts": [[key, file, bytes], …]}</c>, files relative to it; a key listed more than once is a part cut into several files.</param>
/// <param name="Vocabulary">Every term of the run, in JavaScript's sort order, as a JSON array.</param>
/// <param name="Parts">The parts' files, by key in ordinal order (a part cut by document has several, with the same key).</param>
public sealed record LunrIndexSegment(int First, int Count, byte[] Manifest, byte[] Vocabulary, IReadOnlyList<LunrIndexPart> Parts)
{
    /// <summary>The vocabulary's file name.</summary>
    public const string VocabularyFile = "terms.json";
}

/// <summary>One part of a split lunr index.</summary>
/// <param name="Key">The prefix naming the part: it holds the terms this begins that no longer key begins.</param>
/// <param name="FileName">Its file name, from <see cref="LunrPartKeys.FileName(string, int)"/>.</param>
/// <param name="Json"><c>{"fieldVectors": [["field/ref", length, [termIndex, frequency, …]], …], "invertedIndex": […]}</c>: those terms' postings and, of every field vector, their frequencies; a document's boost other than 1 follows the frequencies.</param>
public sealed record LunrIndexPart(string Key, string FileName, byte[] Json);
