namespace PaperSite.Lunr;

/// <summary>
/// The manifest lunr-parts.js starts from: what lunr needs to load an index (version, fields, pipeline),
/// what it needs to score the parts' term frequencies as one index of every document would (each
/// field's boost, the document count, each field's average length) and the segments' manifests.
/// </summary>
internal static class LunrPartsManifest
{
    /// <summary><c>{"version", "fields", "boosts", "pipeline", "documentCount", "averageFieldLength", "segments": [url, …]}</c>.</summary>
    public static byte[] Write(IReadOnlyList<LunrField> fields, LunrCorpusStatistics statistics, IReadOnlyList<string> segmentManifests)
    {
        using var output = new LunrJsonWriter(1024);
        output.Raw("{\"version\":\"2.3.9\",\"fields\":"u8);
        Array(output, fields, (writer, field) => writer.String(field.Name));
        output.Raw(",\"boosts\":"u8);
        Array(output, fields, (writer, field) => writer.Number(field.EffectiveBoost));
        output.Raw(",\"pipeline\":"u8);
        Array(output, LunrPipeline.SearchPipelineLabels, (writer, label) => writer.String(label));
        output.Raw(",\"documentCount\":"u8);
        output.Integer(statistics.DocumentCount);
        output.Raw(",\"averageFieldLength\":"u8);
        // No documents, no average (lunr's is NaN, which JSON cannot hold); nothing is scored with it.
        Array(output, statistics.AverageFieldLengths, (writer, length) => writer.Number(double.IsFinite(length) ? length : 0));
        output.Raw(",\"segments\":"u8);
        Array(output, segmentManifests, (writer, url) => writer.String(url));
        output.Raw((byte)'}');
        return output.ToArray();
    }

    private static void Array<T>(LunrJsonWriter output, IReadOnlyList<T> items, Action<LunrJsonWriter, T> write)
    {
        output.Raw((byte)'[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                output.Raw((byte)',');
            }

            write(output, items[i]);
        }

        output.Raw((byte)']');
    }
}
