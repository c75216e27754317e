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

    /// <summary>
    /// The manifest lunr-parts.js starts from: what lunr needs to load an index (version, fields,
    /// pipeline), what it needs to score the segments' term frequencies as one index of all their
    /// documents (each field's boost, the document count, each field's average length) and the
    /// segments' manifests, URLs relative to it, in document order:
    /// <c>{"version", "fields", "boosts", "pipeline", "documentCount", "averageFieldLength", "segments": [url, …]}</c>.
    /// </summary>
    public static byte[] WriteManifest(IReadOnlyList<LunrField> fields, IReadOnlyList<(string Manifest, LunrSegmentLengths Lengths)> segments)
    {
        var declared = LunrField.Declare(fields);
        var refs = segments.Sum(s => (long)s.Lengths.Refs);
        using var output = new LunrJsonWriter(1024);
        output.Raw("{\"version\":\"2.3.9\",\"fields\":"u8);
        output.Array(declared, (writer, field) => writer.String(field.Name));
        output.Raw(",\"boosts\":"u8);
        output.Array(declared, (writer, field) => writer.Number(field.EffectiveBoost));
        output.Raw(",\"pipeline\":"u8);
        output.Array(LunrPipeline.SearchPipelineLabels, (writer, label) => writer.String(label));
        output.Raw(",\"documentCount\":"u8);
        output.Integer(segments.Sum(s => (long)s.Lengths.Documents));
        // lunr sums the lengths of every distinct ref's field and divides once; no documents, nothing to score.
        output.Raw(",\"averageFieldLength\":"u8);
        output.Array(Enumerable.Range(0, declared.Count).ToList(), (writer, f) => writer.Number(refs == 0 ? 0 : (double)segments.Sum(s => s.Lengths.FieldLengths[f]) / refs));
        output.Raw(",\"segments\":"u8);
        output.Array(segments, (writer, segment) => writer.String(segment.Manifest));
        output.Raw((byte)'}');
        return output.ToArray();
    }

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
/// <param name="Lengths">What the manifest needs of it to score it with the other segments.</param>
public sealed record LunrIndexSegment(int First, int Count, byte[] Manifest, byte[] Vocabulary, IReadOnlyList<LunrIndexPart> Parts, LunrSegmentLengths Lengths)
{
    /// <summary>The vocabulary's file name.</summary>
    public const string VocabularyFile = "terms.json";
}

/// <summary>What <see cref="LunrIndexParts.WriteManifest"/> needs of a segment to score it with the others.</summary>
/// <param name="Documents">Documents added (lunr's <c>documentCount</c> counts a repeated ref each time).</param>
/// <param name="Refs">Distinct refs.</param>
/// <param name="FieldLengths">Each field's length summed over the distinct refs (a repeated ref's last document), in field order.</param>
public sealed record LunrSegmentLengths(int Documents, int Refs, IReadOnlyList<long> FieldLengths);

/// <summary>One part of a split lunr index.</summary>
/// <param name="Key">The prefix naming the part: it holds the terms this begins that no longer key begins.</param>
/// <param name="FileName">Its file name, from <see cref="LunrPartKeys.FileName(string, int)"/>.</param>
/// <param name="Json"><c>{"fieldVectors": [["field/ref", length, [termIndex, frequency, …]], …], "invertedIndex": […]}</c>: those terms' postings and, of every field vector, their frequencies; a document's boost other than 1 follows the frequencies.</param>
public sealed record LunrIndexPart(string Key, string FileName, byte[] Json);
