namespace PaperSite.Lunr;

/// <summary>
/// Writes one lunr index (the shape of <c>lunr.Index#toJSON</c>) for a selection of analysed documents,
/// scoring with the given statistics, or its parts (<see cref="EmitParts"/>), which hold term frequencies
/// to be scored where they are merged. Field vectors and postings are written in parallel chunks, then joined.
/// </summary>
internal sealed partial class LunrIndexEmitter
{
    private const int MinimumChunk = 64;

    private readonly LunrAnalysis _analysis;
    private readonly int[] _selection;
    private readonly bool[]? _inSelection;
    private readonly int[] _termIndexOf;

    // A selection of consecutive documents (a shard of papers added in order) lets each posting list
    // be cut by binary search instead of filtered document by document.
    private readonly (int First, int End)? _range;

    public LunrIndexEmitter(LunrAnalysis analysis, int[] selection)
    {
        _analysis = analysis;
        _selection = selection;
        _inSelection = selection.Length == analysis.DocumentCount ? null : MarkSelection(selection, analysis.DocumentCount);
        _range = IsConsecutive(selection) ? (selection[0], selection[^1] + 1) : null;
        _termIndexOf = AssignTermIndices();
    }

    public LunrJsonWriter Emit(LunrCorpusStatistics statistics)
    {
        var vectorDocuments = VectorDocuments();
        var terms = PresentTermsInOrder();
        var output = new LunrJsonWriter(EstimateSize());
        output.Raw("{\"version\":\"2.3.9\",\"fields\":["u8);
        for (var f = 0; f < _analysis.Fields.Count; f++)
        {
            if (f > 0)
            {
                output.Raw((byte)',');
            }

            output.String(_analysis.Fields[f].Name);
        }

        output.Raw("],\"fieldVectors\":["u8);
        WriteInChunks(output, vectorDocuments.Length, (writer, i) => WriteFieldVectors(writer, vectorDocuments[i], statistics));
        output.Raw("],\"invertedIndex\":["u8);
        var postingKeys = PostingKeyOrder();
        WriteInChunks(output, terms.Length, (writer, i) => WritePosting(writer, terms[i], postingKeys));
        output.Raw("],\"pipeline\":["u8);
        for (var i = 0; i < LunrPipeline.SearchPipelineLabels.Count; i++)
        {
            if (i > 0)
            {
                output.Raw((byte)',');
            }

            output.String(LunrPipeline.SearchPipelineLabels[i]);
        }

        output.Raw("]}"u8);
        return output;
    }

    private static bool IsConsecutive(int[] selection)
    {
        for (var i = 1; i < selection.Length; i++)
        {
            if (selection[i] != selection[i - 1] + 1)
            {
                return false;
            }
        }

        return selection.Length > 0;
    }

    private static bool[] MarkSelection(int[] selection, int documentCount)
    {
        var marks = new bool[documentCount];
        foreach (var d in selection)
        {
            marks[d] = true;
        }

        return marks;
    }

    /// <summary>lunr numbers terms as it first meets them: documents in order, fields in order, tokens in order.</summary>
    private int[] AssignTermIndices()
    {
        var indexOf = new int[_analysis.Terms.Length];
        Array.Fill(indexOf, -1);
        var next = 0;
        foreach (var d in _selection)
        {
            foreach (var field in _analysis.DocumentFields[d])
            {
                foreach (var term in field.TermIds)
                {
                    if (indexOf[term] < 0)
                    {
                        indexOf[term] = next++;
                    }
                }
            }
        }

        return indexOf;
    }

    /// <summary>One document per distinct ref, at the ref's first position, holding the ref's last document.</summary>
    private int[] VectorDocuments()
    {
        if (!_analysis.Refs.HasDuplicates)
        {
            return _selection;
        }

        var positionOfRef = new Dictionary<int, int>();
        var documents = new List<int>();
        foreach (var d in _selection)
        {
            var refId = _analysis.Refs.RefIdOf(d);
            if (positionOfRef.TryGetValue(refId, out var position))
            {
                documents[position] = d;
            }
            else
            {
                positionOfRef.Add(refId, documents.Count);
                documents.Add(d);
            }
        }

        return documents.ToArray();
    }

    private int[] PresentTermsInOrder()
    {
        var ordered = _analysis.TermsInOrdinalOrder;
        var present = new List<int>(ordered.Length);
        foreach (var term in ordered)
        {
            if (_termIndexOf[term] >= 0)
            {
                present.Add(term);
            }
        }

        return present.ToArray();
    }

    /// <summary>A posting's keys are "_index" then the fields, listed in JavaScript's key order (-1 is "_index").</summary>
    private int[] PostingKeyOrder()
    {
        var keys = new List<string> { "_index" };
        keys.AddRange(_analysis.Fields.Select(field => field.Name));
        return JsKeyOrder.Order(keys).Select(key => key == "_index" ? -1 : keys.IndexOf(key) - 1).ToArray();
    }

    private int EstimateSize()
    {
        var estimate = 1024 + (long)_selection.Length * _analysis.Fields.Count * 2048;
        return (int)Math.Min(estimate, 1 << 28);
    }

    /// <summary>Writes <paramref name="count"/> comma-separated items, formatted in parallel chunks.</summary>
    private static void WriteInChunks(LunrJsonWriter output, int count, Action<LunrJsonWriter, int> writeItem)
    {
        var chunkSize = Math.Max(MinimumChunk, count / (Environment.ProcessorCount * 4) + 1);
        var chunkCount = (count + chunkSize - 1) / chunkSize;
        var chunks = new LunrJsonWriter[chunkCount];
        Parallel.For(0, chunkCount, c =>
        {
            var writer = new LunrJsonWriter(chunkSize * 256);
            var end = Math.Min(count, (c + 1) * chunkSize);
            for (var i = c * chunkSize; i < end; i++)
            {
                if (i > c * chunkSize)
                {
                    writer.Raw((byte)',');
                }

                writeItem(writer, i);
            }

            chunks[c] = writer;
        });

        for (var c = 0; c < chunkCount; c++)
        {
            if (c > 0)
            {
                output.Raw((byte)',');
            }

            output.Raw(chunks[c].Written);
            chunks[c].Dispose();
        }
    }

    /// <summary>One <c>["field/ref", [termIndex, score, ...]]</c> per field, pairs sorted by term index.</summary>
    private void WriteFieldVectors(LunrJsonWriter writer, int document, LunrCorpusStatistics statistics)
    {
        var refText = _analysis.RefOf(document);
        var docBoost = _analysis.Boosts[document];
        var fields = _analysis.DocumentFields[document];
        for (var f = 0; f < fields.Length; f++)
        {
            if (f > 0)
            {
                writer.Raw((byte)',');
            }

            var field = _analysis.Fields[f];
            writer.Raw((byte)'[');
            writer.String(field.Name + "/" + refText);
            writer.Raw(",["u8);
            WriteVector(writer, fields[f], statistics, statistics.AverageLength(f), field.EffectiveBoost, docBoost);
            writer.Raw("]]"u8);
        }
    }

    private void WriteVector(LunrJsonWriter writer, LunrFieldTerms field, LunrCorpusStatistics statistics, double averageLength, double fieldBoost, double docBoost)
    {
        var count = field.TermIds.Length;
        var indices = new int[count];
        var scores = new double[count];
        for (var i = 0; i < count; i++)
        {
            var term = field.TermIds[i];
            indices[i] = _termIndexOf[term];
            scores[i] = LunrScoring.Score(statistics.Idf(term), field.Counts[i], field.Length, averageLength, fieldBoost, docBoost);
        }

        Array.Sort(indices, scores);
        WritePairs(writer, indices, scores);
    }

    /// <summary>A field's vector entries sorted by term index: the term frequency and the term id of each.</summary>
    private (int[] Indices, int[] Frequencies, int[] TermIds) FrequencyEntries(LunrFieldTerms field)
    {
        var count = field.TermIds.Length;
        var indices = new int[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            indices[i] = _termIndexOf[field.TermIds[i]];
            order[i] = i;
        }

        Array.Sort(indices, order);
        var frequencies = new int[count];
        var termIds = new int[count];
        for (var i = 0; i < count; i++)
        {
            termIds[i] = field.TermIds[order[i]];
            frequencies[i] = field.Counts[order[i]];
        }

        return (indices, frequencies, termIds);
    }

    private static void WritePairs(LunrJsonWriter writer, int[] indices, double[] scores)
    {
        var count = indices.Length;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                writer.Raw((byte)',');
            }

            writer.Integer(indices[i]);
            writer.Raw((byte)',');
            writer.Number(scores[i]);
        }
    }

    /// <summary><c>["term", {"_index": n, "field": {"ref": {}, ...}, ...}]</c>.</summary>
    private void WritePosting(LunrJsonWriter writer, int term, int[] postingKeys, (int First, int End)? documents = null)
    {
        writer.Raw((byte)'[');
        writer.String(_analysis.Terms[term]);
        writer.Raw(",{"u8);
        for (var k = 0; k < postingKeys.Length; k++)
        {
            if (k > 0)
            {
                writer.Raw((byte)',');
            }

            var f = postingKeys[k];
            if (f < 0)
            {
                writer.Raw("\"_index\":"u8);
                writer.Integer(_termIndexOf[term]);
                continue;
            }

            writer.String(_analysis.Fields[f].Name);
            writer.Raw(":{"u8);
            WriteRefs(writer, term, f, documents ?? _range);
            writer.Raw((byte)'}');
        }

        writer.Raw("}]"u8);
    }

    private void WriteRefs(LunrJsonWriter writer, int term, int field, (int First, int End)? range)
    {
        var documents = _analysis.Postings.Of(term, field);
        var refs = _analysis.Refs;
        if (!refs.HasDuplicates && refs.AddOrderIsJsOrder && (_inSelection is null || range is not null))
        {
            // The common case: every document once, in add order, which is how JavaScript lists them
            // (PaperSite's refs are numbers that ascend); a shard's documents are a slice of them.
            if (range is { } r)
            {
                documents = Slice(documents, r.First, r.End);
            }

            for (var i = 0; i < documents.Length; i++)
            {
                if (i > 0)
                {
                    writer.Raw((byte)',');
                }

                writer.Raw(_analysis.PostingEntryOf(documents[i]));
            }

            return;
        }

        var refIds = new List<int>(documents.Length);
        var seen = refs.HasDuplicates ? new HashSet<int>() : null;
        foreach (var d in documents)
        {
            if ((_inSelection is null || _inSelection[d]) && (seen is null || seen.Add(refs.RefIdOf(d))))
            {
                refIds.Add(refs.RefIdOf(d));
            }
        }

        var ordered = refs.HasArrayIndexRefs ? JsKeyOrder.Order(refIds.Select(refs.TextOf)) : refIds.Select(refs.TextOf).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            WriteRef(writer, ordered[i], i > 0);
        }
    }

    /// <summary>The part of an ascending list of documents that lies in [<paramref name="first"/>, <paramref name="end"/>).</summary>
    private static ReadOnlySpan<int> Slice(ReadOnlySpan<int> documents, int first, int end)
    {
        var from = documents.BinarySearch(first);
        var to = documents.BinarySearch(end);
        from = from < 0 ? ~from : from;
        to = to < 0 ? ~to : to;
        return documents[from..to];
    }

    private static void WriteRef(LunrJsonWriter writer, string refText, bool comma)
    {
        if (comma)
        {
            writer.Raw((byte)',');
        }

        writer.String(refText);
        writer.Raw(":{}"u8);
    }
}
